// The OpenID Connect client against a real provider (oidc-provider on a loopback port): the code
// flow with PKCE gives the person's claims; a wrong verifier, a wrong nonce, a wrong state and a
// refusal at the provider each fail the way the sign-in page tells apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestOidcProvider, type TestOidcProvider } from '../test-support/oidc-provider';
import {
  beginOidcAuthorization,
  checkOidcDiscovery,
  finishOidcAuthorization,
  identityFromClaims,
  isLoopbackHost,
  issuerProblem,
  OidcExchangeError,
} from './oidc-client';
import type { OidcProviderRecord } from './oidc-providers';

const REDIRECT_URI = 'http://127.0.0.1:9/logga-in/organisation/svar';

let idp: TestOidcProvider;
let provider: OidcProviderRecord;

beforeAll(async () => {
  idp = await startTestOidcProvider({ redirectUri: REDIRECT_URI });
  provider = {
    id: '00000000-0000-4000-8000-000000000001',
    organisationId: '00000000-0000-4000-8000-000000000002',
    emailDomain: 'kommun.example',
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    defaultRole: 'reader',
    createdAt: new Date(),
  };
});

afterAll(async () => {
  await idp.close();
});

async function failure(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof OidcExchangeError) return error.reason;
    throw error;
  }
  return 'succeeded';
}

describe('the code flow with PKCE against oidc-provider', () => {
  it('gives the claims of the person who signed in, e-mail from UserInfo included', async () => {
    const begun = await beginOidcAuthorization(provider, {
      redirectUri: REDIRECT_URI,
      loginHint: 'anna@kommun.example',
    });
    const url = new URL(begun.url);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toBe(begun.state);
    expect(url.searchParams.get('nonce')).toBe(begun.nonce);
    expect(url.searchParams.get('login_hint')).toBe('anna@kommun.example');
    idp.signInAs({
      sub: 'anna-1',
      email: 'anna@kommun.example',
      email_verified: true,
      name: 'Anna Andersson',
    });
    const back = new URL(await idp.authorize(begun.url));
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT_URI);
    const claims = await finishOidcAuthorization(provider, { ...begun, currentUrl: back });
    expect(claims).toMatchObject({
      sub: 'anna-1',
      email: 'anna@kommun.example',
      email_verified: true,
      name: 'Anna Andersson',
    });
  });

  it('fails when the PKCE verifier is not the one the challenge was made from', async () => {
    const begun = await beginOidcAuthorization(provider, { redirectUri: REDIRECT_URI });
    idp.signInAs({ sub: 'bo-1', email: 'bo@kommun.example', email_verified: true });
    const back = new URL(await idp.authorize(begun.url));
    const other = await beginOidcAuthorization(provider, { redirectUri: REDIRECT_URI });
    expect(
      await failure(
        finishOidcAuthorization(provider, {
          ...begun,
          codeVerifier: other.codeVerifier,
          currentUrl: back,
        }),
      ),
    ).toBe('provider-failed');
  });

  it('fails when the ID token carries another nonce', async () => {
    const begun = await beginOidcAuthorization(provider, { redirectUri: REDIRECT_URI });
    idp.signInAs({ sub: 'ci-1', email: 'ci@kommun.example', email_verified: true });
    const back = new URL(await idp.authorize(begun.url));
    expect(
      await failure(
        finishOidcAuthorization(provider, { ...begun, nonce: 'another-nonce', currentUrl: back }),
      ),
    ).toBe('provider-failed');
  });

  it('fails when the answer carries another state', async () => {
    const begun = await beginOidcAuthorization(provider, { redirectUri: REDIRECT_URI });
    idp.signInAs({ sub: 'di-1', email: 'di@kommun.example', email_verified: true });
    const back = new URL(await idp.authorize(begun.url));
    expect(
      await failure(
        finishOidcAuthorization(provider, { ...begun, state: 'another-state', currentUrl: back }),
      ),
    ).toBe('provider-failed');
  });

  it('reports a refusal at the provider as denied', async () => {
    const begun = await beginOidcAuthorization(provider, { redirectUri: REDIRECT_URI });
    idp.signInAs('deny');
    const back = new URL(await idp.authorize(begun.url));
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(await failure(finishOidcAuthorization(provider, { ...begun, currentUrl: back }))).toBe(
      'denied',
    );
  });

  it('fails with a wrong client secret', async () => {
    const wrong = { ...provider, clientSecret: 'not-the-secret' };
    const begun = await beginOidcAuthorization(wrong, { redirectUri: REDIRECT_URI });
    idp.signInAs({ sub: 'ed-1', email: 'ed@kommun.example', email_verified: true });
    const back = new URL(await idp.authorize(begun.url));
    expect(await failure(finishOidcAuthorization(wrong, { ...begun, currentUrl: back }))).toBe(
      'provider-failed',
    );
  });

  it('reads the discovery document, and fails for an address that is not a provider', async () => {
    await expect(checkOidcDiscovery(provider)).resolves.toBeUndefined();
    expect(
      await failure(checkOidcDiscovery({ ...provider, issuer: `${idp.issuer}/not-here` })),
    ).toBe('provider-failed');
  });
});

describe('identityFromClaims', () => {
  const at = { emailDomain: 'kommun.example' };

  it('takes a verified address at the domain, and a name', () => {
    expect(
      identityFromClaims(
        { sub: 's', email: ' Anna@Kommun.Example ', email_verified: true, name: 'Anna' },
        at,
      ),
    ).toEqual({ ok: true, identity: { email: 'Anna@Kommun.Example', name: 'Anna' } });
    expect(
      identityFromClaims(
        { sub: 's', email: 'bo@kommun.example', given_name: 'Bo', family_name: 'Ek' },
        at,
      ),
    ).toEqual({ ok: true, identity: { email: 'bo@kommun.example', name: 'Bo Ek' } });
    expect(identityFromClaims({ sub: 's', email: 'ci@kommun.example' }, at)).toEqual({
      ok: true,
      identity: { email: 'ci@kommun.example', name: 'ci' },
    });
  });

  it('refuses a missing or malformed address, an unverified one, and another domain', () => {
    expect(identityFromClaims({ sub: 's' }, at)).toEqual({ ok: false, reason: 'email-missing' });
    expect(identityFromClaims({ sub: 's', email: 'nope' }, at)).toEqual({
      ok: false,
      reason: 'email-missing',
    });
    for (const flag of [false, 'false']) {
      expect(
        identityFromClaims({ sub: 's', email: 'a@kommun.example', email_verified: flag }, at),
      ).toEqual({ ok: false, reason: 'email-unverified' });
    }
    for (const email of ['a@annan.example', 'a@sub.kommun.example', 'a@kommun.example.evil']) {
      expect(identityFromClaims({ sub: 's', email, email_verified: true }, at)).toEqual({
        ok: false,
        reason: 'domain-mismatch',
      });
    }
  });
});

describe('issuerProblem', () => {
  it('accepts https anywhere and http only on this machine', () => {
    expect(issuerProblem('https://login.kommun.se/realms/personal')).toBeUndefined();
    expect(issuerProblem('http://127.0.0.1:8080')).toBeUndefined();
    expect(issuerProblem('http://localhost:8080/realm')).toBeUndefined();
    expect(issuerProblem('http://[::1]:8080')).toBeUndefined();
    expect(issuerProblem('http://login.kommun.se')).toBe('https');
    expect(issuerProblem('')).toBe('required');
    expect(issuerProblem('login.kommun.se')).toBe('format');
    expect(issuerProblem('https://login.kommun.se/?x=1')).toBe('format');
    expect(issuerProblem('https://user:pw@login.kommun.se')).toBe('format');
    expect(issuerProblem('ftp://login.kommun.se')).toBe('format');
  });

  it('knows this machine by name and address', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', '[::1]'].map(isLoopbackHost)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['127.0.0.1.evil.se', '10.0.0.1', 'example.se'].map(isLoopbackHost)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
