/** The API's own error texts (problems with the request rather than with the case). */
export interface ApiMessages {
  contentType: (got: string | undefined) => string;
  bodyTooLarge: (limitBytes: number) => string;
  badRequest: (detail: string) => string;
  notFound: (method: string, url: string) => string;
  internal: string;
  /** The API's rate limit was reached. */
  tooManyRequests: (seconds: number) => string;
  /** No saved case of the caller's organisation has this id. */
  caseNotFound: string;
  /** An archived case takes no change but being restored. */
  caseArchived: string;
}
