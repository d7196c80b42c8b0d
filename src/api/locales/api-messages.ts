/** The API's own error texts (problems with the request rather than with the case). */
export interface ApiMessages {
  contentType: (got: string | undefined) => string;
  bodyTooLarge: (limitBytes: number) => string;
  badRequest: (detail: string) => string;
  notFound: (method: string, url: string) => string;
  internal: string;
}
