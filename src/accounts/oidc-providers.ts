// An organisation's own identity provider (OpenID Connect), found by the domain of an e-mail
// address, and the sign-ins through it that have begun and not yet come back. One provider per
// organisation; a domain belongs to at most one organisation.
import type { Database, Queryable } from '../db/database';
import type { Role } from '../domain/accounts/index';
import { appendAudit, type AuditActor } from './audit-log';
import type { RateLimit } from './rate-limiter';
import { hashSecret } from './secret-token';
import { newId } from './session-store';

/** A sign-in through a provider must come back within this long. */
export const OIDC_FLOW_TTL_MS = 10 * 60 * 1000;

/**
 * Sign-ins through a provider that one client address may begin in a window. Each one stores a
 * flow and asks the provider for its discovery document, so an unlimited number would let anyone
 * fill the table and send the provider requests in samverka's name.
 */
export const OIDC_START_LIMIT: RateLimit = { max: 20, windowMs: 10 * 60 * 1000 };

/** A provider as stored. */
export interface OidcProviderRecord {
  id: string;
  organisationId: string;
  /** lower case, without `@` */
  emailDomain: string;
  issuer: string;
  clientId: string;
  /** null for a public client (PKCE only) */
  clientSecret: string | null;
  defaultRole: Role;
  createdAt: Date;
}

interface ProviderRow {
  id: string;
  organisation_id: string;
  email_domain: string;
  issuer: string;
  client_id: string;
  client_secret: string | null;
  default_role: Role;
  created_at: Date;
}

const COLUMNS =
  'id, organisation_id, email_domain, issuer, client_id, client_secret, default_role, created_at';

function toProvider(r: ProviderRow): OidcProviderRecord {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    emailDomain: r.email_domain,
    issuer: r.issuer,
    clientId: r.client_id,
    clientSecret: r.client_secret,
    defaultRole: r.default_role,
    createdAt: r.created_at,
  };
}

/** The domain of an e-mail address, in lower case; '' when it has none. */
export function emailDomainOf(email: string): string {
  const at = email.trim().lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .trim()
        .slice(at + 1)
        .toLowerCase();
}

/** The provider for addresses at `domain`, if an organisation has one. */
export async function findOidcProviderByDomain(
  db: Queryable,
  domain: string,
): Promise<OidcProviderRecord | undefined> {
  const { rows } = await db.query<ProviderRow>(
    `SELECT ${COLUMNS} FROM oidc_providers WHERE email_domain = $1`,
    [domain.toLowerCase()],
  );
  return rows[0] && toProvider(rows[0]);
}

/** The provider of an organisation, if it has one. */
export async function findOidcProviderOfOrganisation(
  db: Queryable,
  organisationId: string,
): Promise<OidcProviderRecord | undefined> {
  const { rows } = await db.query<ProviderRow>(
    `SELECT ${COLUMNS} FROM oidc_providers WHERE organisation_id = $1 ORDER BY created_at, id LIMIT 1`,
    [organisationId],
  );
  return rows[0] && toProvider(rows[0]);
}

/** The provider with this id, if any. */
export async function findOidcProviderById(
  db: Queryable,
  id: string,
): Promise<OidcProviderRecord | undefined> {
  const { rows } = await db.query<ProviderRow>(
    `SELECT ${COLUMNS} FROM oidc_providers WHERE id = $1`,
    [id],
  );
  return rows[0] && toProvider(rows[0]);
}

/** Thrown when another organisation's provider has the domain already. */
export class EmailDomainTakenError extends Error {
  override name = 'EmailDomainTakenError';
}

/** What an owner sets for the organisation's provider. */
export interface OidcProviderSettings {
  emailDomain: string;
  issuer: string;
  clientId: string;
  /** undefined keeps the stored secret; null makes the client public */
  clientSecret: string | null | undefined;
  defaultRole: Role;
}

/**
 * Creates or replaces the organisation's provider and records it in the audit log (never the
 * secret). Run it in a transaction.
 */
export async function saveOidcProvider(
  db: Queryable,
  input: { organisationId: string; settings: OidcProviderSettings; actor: AuditActor; now: Date },
): Promise<OidcProviderRecord> {
  const s = input.settings;
  const domain = s.emailDomain.toLowerCase();
  const other = await db.query(
    'SELECT 1 FROM oidc_providers WHERE email_domain = $1 AND organisation_id <> $2',
    [domain, input.organisationId],
  );
  if (other.rowCount > 0) throw new EmailDomainTakenError(`The domain ${domain} is taken.`);
  const existing = await findOidcProviderOfOrganisation(db, input.organisationId);
  let row: ProviderRow | undefined;
  if (existing) {
    ({
      rows: [row],
    } = await db.query<ProviderRow>(
      `UPDATE oidc_providers
          SET email_domain = $2, issuer = $3, client_id = $4, client_secret = $5, default_role = $6
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [
        existing.id,
        domain,
        s.issuer,
        s.clientId,
        s.clientSecret === undefined ? existing.clientSecret : s.clientSecret,
        s.defaultRole,
      ],
    ));
  } else {
    ({
      rows: [row],
    } = await db.query<ProviderRow>(
      `INSERT INTO oidc_providers (id, organisation_id, email_domain, issuer, client_id, client_secret, default_role, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [
        newId(),
        input.organisationId,
        domain,
        s.issuer,
        s.clientId,
        s.clientSecret ?? null,
        s.defaultRole,
        input.now,
      ],
    ));
  }
  const provider = toProvider(row as ProviderRow);
  await appendAudit(db, {
    organisationId: input.organisationId,
    actor: input.actor,
    action: 'oidc.configured',
    subjectType: 'oidc-provider',
    subjectId: provider.id,
    detail: {
      emailDomain: provider.emailDomain,
      issuer: provider.issuer,
      clientId: provider.clientId,
      confidential: provider.clientSecret !== null,
      defaultRole: provider.defaultRole,
    },
    at: input.now,
  });
  return provider;
}

/**
 * Removes the organisation's provider (its unfinished sign-ins go with it) and records it in the
 * audit log; false when it had none. Run it in a transaction.
 */
export async function removeOidcProvider(
  db: Queryable,
  input: { organisationId: string; actor: AuditActor; now: Date },
): Promise<boolean> {
  const { rows } = await db.query<{ id: string; email_domain: string }>(
    'DELETE FROM oidc_providers WHERE organisation_id = $1 RETURNING id, email_domain',
    [input.organisationId],
  );
  for (const r of rows) {
    await appendAudit(db, {
      organisationId: input.organisationId,
      actor: input.actor,
      action: 'oidc.configured',
      subjectType: 'oidc-provider',
      subjectId: r.id,
      detail: { removed: true, emailDomain: r.email_domain },
      at: input.now,
    });
  }
  return rows.length > 0;
}

/** A sign-in that has begun: what the callback needs to finish it. */
export interface OidcFlow {
  providerId: string;
  codeVerifier: string;
  nonce: string;
  lang: 'sv' | 'en';
  expiresAt: Date;
}

/**
 * Records a sign-in that has begun. The state is stored as its hash: it travels in addresses, and
 * a leaked table must not let anyone finish someone else's sign-in.
 */
export async function createOidcFlow(
  db: Queryable,
  input: {
    state: string;
    providerId: string;
    codeVerifier: string;
    nonce: string;
    lang: 'sv' | 'en';
    now: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO oidc_flows (state, provider_id, code_verifier, nonce, lang, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      hashSecret(input.state),
      input.providerId,
      input.codeVerifier,
      input.nonce,
      input.lang,
      new Date(input.now.getTime() + OIDC_FLOW_TTL_MS),
    ],
  );
}

/**
 * Takes the sign-in with this state out of the table: a state is used once, whatever happens
 * next. Undefined when there is none or it has expired.
 */
export async function takeOidcFlow(
  db: Queryable,
  state: string,
  now: Date,
): Promise<OidcFlow | undefined> {
  const { rows } = await db.query<{
    provider_id: string;
    code_verifier: string;
    nonce: string;
    lang: 'sv' | 'en';
    expires_at: Date;
  }>(
    `DELETE FROM oidc_flows WHERE state = $1
     RETURNING provider_id, code_verifier, nonce, lang, expires_at`,
    [hashSecret(state)],
  );
  const r = rows[0];
  if (r === undefined || r.expires_at.getTime() <= now.getTime()) return undefined;
  return {
    providerId: r.provider_id,
    codeVerifier: r.code_verifier,
    nonce: r.nonce,
    lang: r.lang === 'en' ? 'en' : 'sv',
    expiresAt: r.expires_at,
  };
}

/** Who the provider says signed in, after every check of its answer. */
export interface OidcIdentity {
  email: string;
  name: string;
}

/** Why a checked identity is not let in. */
export type OidcLinkRefusal = 'account-not-linked';

/**
 * Finds or creates the person behind a checked identity and makes them a member of the
 * provider's organisation with its default role, in one transaction. An account that exists
 * already is used only when it is a member of the organisation: otherwise whoever runs the
 * provider could sign in to any account at the domain, and into every other organisation that
 * account belongs to.
 */
export async function linkOidcIdentity(
  db: Database,
  input: { provider: OidcProviderRecord; identity: OidcIdentity; lang: 'sv' | 'en'; now: Date },
): Promise<{ ok: true; userId: string; joined: boolean } | { ok: false; reason: OidcLinkRefusal }> {
  const { provider, identity, now } = input;
  return db.transaction(async (tx) => {
    const found = await tx.query<{ id: string; member: boolean }>(
      `SELECT u.id, EXISTS (SELECT 1 FROM memberships m
                             WHERE m.user_id = u.id AND m.organisation_id = $2) AS member
         FROM users u WHERE lower(u.email) = lower($1)`,
      [identity.email, provider.organisationId],
    );
    const existing = found.rows[0];
    if (existing && !existing.member) return { ok: false, reason: 'account-not-linked' } as const;
    let userId = existing?.id;
    if (userId === undefined) {
      userId = newId();
      await tx.query(
        `INSERT INTO users (id, email, name, password_hash, lang, created_at)
         VALUES ($1, $2, $3, NULL, $4, $5)`,
        [userId, identity.email, identity.name, input.lang, now],
      );
    }
    const joined = await tx.query(
      `INSERT INTO memberships (organisation_id, user_id, role, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organisation_id, user_id) DO NOTHING`,
      [provider.organisationId, userId, provider.defaultRole, now],
    );
    if (joined.rowCount === 1) {
      await appendAudit(tx, {
        organisationId: provider.organisationId,
        actor: { kind: 'user', userId },
        action: 'member.joined',
        subjectType: 'membership',
        subjectId: userId,
        detail: { role: provider.defaultRole, via: 'oidc' },
        at: now,
      });
    }
    return { ok: true, userId, joined: joined.rowCount === 1 } as const;
  });
}
