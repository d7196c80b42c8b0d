/**
 * The path part of a request URL, fit to be linked to from a page about that request (the
 * language switch of an error page). Anything that a browser could read as another host
 * (`//host`, `/\host`) or that is not a plain path becomes `/`.
 */
export function safeLocalPath(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? '/';
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return '/';
  // Only characters that are legal in a path as sent; everything else means a malformed URL.
  return /^[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$/.test(path) ? path : '/';
}
