import type { ApiRoute } from '../route-registry';

/** The routes of this area, in the order the OpenAPI document lists them. */
export const CHALLENGE_ROUTES: readonly ApiRoute[] = [];
