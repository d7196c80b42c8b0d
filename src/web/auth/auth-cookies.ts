// The cookies of signed-in browsers. `__Host-` names make browsers refuse them unless they are
// Secure, have Path=/ and no Domain: another site on a sibling domain cannot set or read them.
// Browsers treat localhost and 127.0.0.1 as secure, so they work there over plain HTTP; anywhere
// else samverka must be served over HTTPS (see docs/operations.md).
import type { CookieSerializeOptions } from '@fastify/cookie';

/** The session id. */
export const SESSION_COOKIE = '__Host-samverka-session';
/** A random value that binds the CSRF token of a browser that is not signed in. */
export const ANONYMOUS_COOKIE = '__Host-samverka-anon';

/**
 * Options of both cookies: never readable by scripts, sent only over HTTPS, and not sent with
 * requests that other sites start, except top-level navigation (Lax) so that a link in a mail
 * still opens the page signed in. Forms are protected by their CSRF token as well.
 */
export const COOKIE_OPTIONS: CookieSerializeOptions = {
  httpOnly: true,
  secure: true,
  sameSite: 'lax',
  path: '/',
};
