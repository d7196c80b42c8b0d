// Sign-in through an organisation's identity provider with OpenID Connect: the authorisation code
// flow with PKCE (S256), state and nonce, done by openid-client. The provider's discovery
// document is read at every sign-in, so a provider that changes its keys or endpoints needs no
// action here. The ID token is checked for issuer, audience, expiry, nonce and its signature
// against the provider's published keys.
import * as client from 'openid-client';
import { emailProblems, NAME_MAX_LENGTH } from '../domain/accounts/index';
import type { OidcIdentity, OidcProviderRecord } from './oidc-providers';
import { emailDomainOf } from './oidc-providers';

/** Seconds to wait for the provider before giving up. */
export const OIDC_TIMEOUT_SECONDS = 10;

/** What samverka asks the provider for: who the person is, their address and their name. */
export const OIDC_SCOPE = 'openid email profile';

/** Whether `hostname` is this machine (`localhost`, 127.0.0.0/8 or ::1). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** What can be wrong with an issuer address an owner types. */
export type IssuerProblem = 'required' | 'format' | 'https';

/**
 * Checks an issuer address: an absolute https URL without query or fragment. Plain http is
 * accepted only for this machine, where nothing travels over a network (a provider run beside
 * samverka for trying it out, and the tests).
 */
export function issuerProblem(text: string): IssuerProblem | undefined {
  const value = text.trim();
  if (value === '') return 'required';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'format';
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    return 'format';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') return isLoopbackHost(url.hostname) ? undefined : 'https';
  return 'format';
}

/** Why a sign-in through the provider failed on the provider's side or in its answer. */
export type OidcFailure =
  /** the person or the provider refused (`error=access_denied` and the like) */
  | 'denied'
  /** the provider could not be reached, or its answer did not pass the checks */
  | 'provider-failed';

/** A failed exchange with the provider, with what may be logged (never a token or a secret). */
export class OidcExchangeError extends Error {
  override name = 'OidcExchangeError';
  constructor(
    readonly reason: OidcFailure,
    readonly logDetail: { error: string; code?: string | undefined; message: string },
  ) {
    super(`OpenID Connect exchange failed: ${reason}`);
  }
}

function exchangeError(reason: OidcFailure, error: unknown): OidcExchangeError {
  const e = error as { name?: unknown; code?: unknown; message?: unknown; error?: unknown };
  return new OidcExchangeError(reason, {
    error: typeof e.error === 'string' ? e.error : typeof e.name === 'string' ? e.name : 'Error',
    code: typeof e.code === 'string' ? e.code : undefined,
    message: typeof e.message === 'string' ? e.message.slice(0, 300) : '',
  });
}

async function configurationOf(provider: OidcProviderRecord): Promise<client.Configuration> {
  const issuer = new URL(provider.issuer);
  // Over TLS the ID token's origin is proven by the connection; the signature is checked as well,
  // so that a provider on this machine over plain http is held to the same proof.
  const execute: Array<(config: client.Configuration) => void> = [
    client.enableNonRepudiationChecks,
  ];
  if (issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname)) {
    execute.push(client.allowInsecureRequests);
  }
  try {
    return await client.discovery(
      issuer,
      provider.clientId,
      provider.clientSecret ?? undefined,
      undefined,
      { execute, timeout: OIDC_TIMEOUT_SECONDS },
    );
  } catch (error) {
    throw exchangeError('provider-failed', error);
  }
}

/** Reads the provider's discovery document; throws {@link OidcExchangeError} when it cannot. */
export async function checkOidcDiscovery(provider: OidcProviderRecord): Promise<void> {
  await configurationOf(provider);
}

/** A sign-in to begin: the address to send the person to and what the callback checks. */
export interface OidcAuthorization {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Prepares the authorisation request for `provider`, answered at `redirectUri`. */
export async function beginOidcAuthorization(
  provider: OidcProviderRecord,
  input: { redirectUri: string; loginHint?: string },
): Promise<OidcAuthorization> {
  const config = await configurationOf(provider);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const parameters: Record<string, string> = {
    redirect_uri: input.redirectUri,
    scope: OIDC_SCOPE,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  };
  if (input.loginHint) parameters.login_hint = input.loginHint;
  return { url: client.buildAuthorizationUrl(config, parameters).href, state, nonce, codeVerifier };
}

/** The claims samverka reads, as the provider gave them. */
export interface OidcClaims {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
  given_name?: unknown;
  family_name?: unknown;
}

/**
 * Finishes the sign-in from the callback address `currentUrl`: checks the answer's state and
 * issuer, exchanges the code with the PKCE verifier, checks the ID token and its nonce, and reads
 * the address from the token or, when the token does not carry it, from the UserInfo endpoint.
 */
export async function finishOidcAuthorization(
  provider: OidcProviderRecord,
  input: { currentUrl: URL; state: string; nonce: string; codeVerifier: string },
): Promise<OidcClaims> {
  const config = await configurationOf(provider);
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(config, input.currentUrl, {
      pkceCodeVerifier: input.codeVerifier,
      expectedState: input.state,
      expectedNonce: input.nonce,
      idTokenExpected: true,
    });
  } catch (error) {
    throw exchangeError(
      error instanceof client.AuthorizationResponseError ? 'denied' : 'provider-failed',
      error,
    );
  }
  const idClaims = tokens.claims();
  if (idClaims === undefined) throw exchangeError('provider-failed', new Error('no ID token'));
  const claims: OidcClaims = { ...idClaims };
  if (claims.email === undefined && config.serverMetadata().userinfo_endpoint !== undefined) {
    try {
      const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      Object.assign(claims, info, { sub: idClaims.sub });
    } catch (error) {
      throw exchangeError('provider-failed', error);
    }
  }
  return claims;
}

/** Why checked claims do not let the person in. */
export type OidcClaimsRefusal = 'email-missing' | 'email-unverified' | 'domain-mismatch';

/**
 * The identity in the provider's claims: an address that the provider has not said is
 * unverified, at the provider's own domain (a provider speaks only for its organisation's
 * addresses), and a name.
 */
export function identityFromClaims(
  claims: OidcClaims,
  provider: Pick<OidcProviderRecord, 'emailDomain'>,
): { ok: true; identity: OidcIdentity } | { ok: false; reason: OidcClaimsRefusal } {
  const email = typeof claims.email === 'string' ? claims.email.trim() : '';
  if (email === '' || emailProblems('email', email).length > 0) {
    return { ok: false, reason: 'email-missing' };
  }
  // Some providers send the flag as a string.
  if (claims.email_verified === false || claims.email_verified === 'false') {
    return { ok: false, reason: 'email-unverified' };
  }
  if (emailDomainOf(email) !== provider.emailDomain) {
    return { ok: false, reason: 'domain-mismatch' };
  }
  return { ok: true, identity: { email, name: nameFromClaims(claims, email) } };
}

function nameFromClaims(claims: OidcClaims, email: string): string {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const full =
    text(claims.name) ||
    [text(claims.given_name), text(claims.family_name)].filter((p) => p !== '').join(' ') ||
    email.slice(0, email.lastIndexOf('@'));
  return [...full].slice(0, NAME_MAX_LENGTH).join('');
}
