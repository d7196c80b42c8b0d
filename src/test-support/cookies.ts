// Reading the cookies a server sets, as a browser does: the tests over inject and over real HTTP
// both carry cookies from one answer to the next request.

/** One Set-Cookie line: the cookie's name, its value, and whether the line clears the cookie. */
export interface SetCookie {
  name: string;
  value: string;
  clears: boolean;
}

/** Splits one Set-Cookie line into its name and value; an empty or expired value clears it. */
export function parseSetCookie(line: string): SetCookie {
  const [pair = ''] = line.split(';');
  const i = pair.indexOf('=');
  const value = pair.slice(i + 1);
  return {
    name: pair.slice(0, i),
    value,
    clears: value === '' || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line),
  };
}

/** The Set-Cookie lines of an inject answer: one header, several, or none. */
export function setCookieLines(raw: unknown): string[] {
  return Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
}

/** The cookies a response sets, as name → value. */
export function setCookies(response: { headers: Record<string, unknown> }): Map<string, string> {
  return new Map(
    setCookieLines(response.headers['set-cookie']).map((line) => {
      const { name, value } = parseSetCookie(line);
      return [name, value];
    }),
  );
}

/** A Cookie request header from name → value. */
export function cookieHeader(cookies: ReadonlyMap<string, string>): string {
  return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

/** A browser's cookies, kept between requests: set as the server says, dropped when it clears them. */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  /** Takes in the Set-Cookie lines of one answer. */
  remember(lines: readonly string[]): void {
    for (const line of lines) {
      const { name, value, clears } = parseSetCookie(line);
      if (clears) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** The Cookie header for the next request. */
  header(): string {
    return cookieHeader(this.cookies);
  }
}
