// API tokens: created by an organisation's owners, shown once, stored as a hash, revocable.
import type { Queryable } from '../db/database';
import type { TokenScope } from '../domain/accounts/index';
import { hashSecret, newSecret } from './secret-token';
import { newId } from './session-store';

/** Every token begins with this, so that a leaked token is recognisable (secret scanners). */
export const API_TOKEN_PREFIX = 'svk_';

/** A token as listed (never the secret). */
export interface ApiTokenRecord {
  id: string;
  organisationId: string;
  name: string;
  scope: TokenScope;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

interface TokenRow {
  id: string;
  organisation_id: string;
  name: string;
  scope: TokenScope;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const COLUMNS = 'id, organisation_id, name, scope, created_at, last_used_at, revoked_at';

function toToken(r: TokenRow): ApiTokenRecord {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    name: r.name,
    scope: r.scope,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  };
}

/** Creates a token; the secret is returned here and never again. */
export async function createApiToken(
  db: Queryable,
  input: {
    organisationId: string;
    name: string;
    scope: TokenScope;
    createdBy: string | null;
    now: Date;
  },
): Promise<{ token: ApiTokenRecord; secret: string }> {
  const secret = newSecret(API_TOKEN_PREFIX);
  const { rows } = await db.query<TokenRow>(
    `INSERT INTO api_tokens (id, organisation_id, name, token_hash, scope, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
    [
      newId(),
      input.organisationId,
      input.name,
      hashSecret(secret),
      input.scope,
      input.createdBy,
      input.now,
    ],
  );
  return { token: toToken(rows[0] as TokenRow), secret };
}

/** The live (not revoked) token with this secret, if any; records its use. */
export async function findLiveApiToken(
  db: Queryable,
  secret: string,
  now: Date,
): Promise<ApiTokenRecord | undefined> {
  if (!secret.startsWith(API_TOKEN_PREFIX)) return undefined;
  const { rows } = await db.query<TokenRow>(
    `UPDATE api_tokens SET last_used_at = $2
      WHERE token_hash = $1 AND revoked_at IS NULL
      RETURNING ${COLUMNS}`,
    [hashSecret(secret), now],
  );
  return rows[0] && toToken(rows[0]);
}

/** The tokens of an organisation, newest first. */
export async function listApiTokens(
  db: Queryable,
  organisationId: string,
): Promise<ApiTokenRecord[]> {
  const { rows } = await db.query<TokenRow>(
    `SELECT ${COLUMNS} FROM api_tokens WHERE organisation_id = $1 ORDER BY created_at DESC, id`,
    [organisationId],
  );
  return rows.map(toToken);
}

/** Revokes a token of the organisation; false when it has no such live token. */
export async function revokeApiToken(
  db: Queryable,
  input: { organisationId: string; tokenId: string; now: Date },
): Promise<boolean> {
  const result = await db.query(
    `UPDATE api_tokens SET revoked_at = $3
      WHERE id = $2 AND organisation_id = $1 AND revoked_at IS NULL`,
    [input.organisationId, input.tokenId, input.now],
  );
  return result.rowCount === 1;
}
