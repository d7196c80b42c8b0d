// The JSON Schemas and query parameters of these routes, published in the OpenAPI document.

/** Schemas by name, merged into the registry's. */
export const DIRECTORY_SCHEMAS = {} as const satisfies Record<string, object>;

/** Parameters by name, merged into the registry's. */
export const DIRECTORY_PARAMETERS = {} as const;
