// A real OpenID Connect provider for the tests (oidc-provider), on a free loopback port. It has
// one confidential client, requires PKCE (S256) of it, and signs ID tokens with an RSA key made at
// start. Its login is programmatic: the test says who the next person to sign in is (or that the
// next sign-in is refused), and the provider's interaction ends with that account, as its own
// login page would after a password; consent is given for what the client asked.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Provider } from 'oidc-provider';
import { cookieHeader, parseSetCookie } from './cookies';

/** A person at the provider and the claims it tells about them. */
export interface TestOidcAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/** A running provider. */
export interface TestOidcProvider {
  /** The issuer identifier (http://127.0.0.1:PORT). */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Who signs in at the next interaction; `'deny'` makes the provider answer access_denied. */
  signInAs(account: TestOidcAccount | 'deny'): void;
  /**
   * Acts as the browser at the provider: follows `authorizationUrl` through the provider's
   * redirects (with its cookies) and returns the address it finally sends the browser to.
   */
  authorize(authorizationUrl: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts a provider whose client may return to `redirectUri`. */
export async function startTestOidcProvider(options: {
  redirectUri: string;
}): Promise<TestOidcProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'samverka-test';
  const clientSecret = randomBytes(32).toString('base64url');
  const accounts = new Map<string, TestOidcAccount>();
  let next: TestOidcAccount | 'deny' | undefined;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    findAccount: (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      return (
        account && {
          accountId: sub,
          claims: () => ({
            sub,
            email: account.email,
            email_verified: account.email_verified,
            name: account.name,
          }),
        }
      );
    },
  });

  const handle = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith('/interaction/')) {
      handle(req, res);
      return;
    }
    interact(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });

  async function interact(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      const who = next;
      next = undefined;
      if (who === undefined) throw new Error('the test did not say who signs in');
      if (who === 'deny') {
        await provider.interactionFinished(req, res, {
          error: 'access_denied',
          error_description: 'The person cancelled the sign-in.',
        });
        return;
      }
      accounts.set(who.sub, who);
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: who.sub } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const accountId = details.session?.accountId;
    if (accountId === undefined) throw new Error('consent without a signed-in account');
    const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    const scopes = details.prompt.details.missingOIDCScope;
    if (Array.isArray(scopes)) grant.addOIDCScope(scopes.join(' '));
    const claims = details.prompt.details.missingOIDCClaims;
    if (Array.isArray(claims)) grant.addOIDCClaims(claims as string[]);
    await provider.interactionFinished(
      req,
      res,
      { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true },
    );
  }

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(account) {
      next = account;
    },
    async authorize(authorizationUrl) {
      const jar = new Map<string, string>();
      let url = authorizationUrl;
      for (let hop = 0; hop < 10; hop++) {
        if (!url.startsWith(`${issuer}/`)) return url;
        const response = await fetch(url, {
          redirect: 'manual',
          headers: { cookie: cookieHeader(jar) },
        });
        for (const line of response.headers.getSetCookie()) {
          const { name, value } = parseSetCookie(line);
          jar.set(name, value);
        }
        const location = response.headers.get('location');
        if (location === null) {
          throw new Error(`the provider answered ${response.status}: ${await response.text()}`);
        }
        url = new URL(location, url).href;
      }
      throw new Error('the provider redirected too often');
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
