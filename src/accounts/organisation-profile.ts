// What an organisation says about itself beyond its name and number (its legal form, confirmed by
// an owner), and the names the audit log shows for the things its entries are about.
import type { Queryable } from '../db/database';
import { appendAudit, type AuditActor, type AuditRecord } from './audit-log';

/**
 * Sets the organisation's legal form and records it; false when it was that already. Run it in a
 * transaction.
 */
export async function setLegalForm(
  db: Queryable,
  input: { organisationId: string; legalForm: string; actor: AuditActor; now: Date },
): Promise<boolean> {
  const { rows } = await db.query<{ legal_form: string | null }>(
    'SELECT legal_form FROM organisations WHERE id = $1 FOR UPDATE',
    [input.organisationId],
  );
  const before = rows[0];
  if (!before || before.legal_form === input.legalForm) return false;
  await db.query('UPDATE organisations SET legal_form = $2 WHERE id = $1', [
    input.organisationId,
    input.legalForm,
  ]);
  await appendAudit(db, {
    organisationId: input.organisationId,
    actor: input.actor,
    action: 'organisation.legal-form-set',
    subjectType: 'organisation',
    subjectId: input.organisationId,
    detail: { from: before.legal_form, to: input.legalForm },
    at: input.now,
  });
  return true;
}

/** The key of a subject in {@link auditSubjectNames}: its type and id. */
export function auditSubjectKey(subjectType: string, subjectId: string): string {
  return `${subjectType}:${subjectId}`;
}

/**
 * What the subjects of audit entries are called now, by {@link auditSubjectKey}: a member's name,
 * an invitation's address, a token's name, a case's title. The log itself holds ids only, so a
 * person whose data was deleted is no longer named; such subjects are missing from the map. Only
 * the organisation's own invitations, tokens and cases are looked up.
 */
export async function auditSubjectNames(
  db: Queryable,
  organisationId: string,
  records: readonly AuditRecord[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const listed = 'id::text IN (SELECT jsonb_array_elements_text($1::jsonb))';
  // Members are named wherever they are now; the rest only within this organisation.
  const lookups: ReadonlyArray<readonly [type: string, sql: string]> = [
    ['membership', `SELECT id::text AS id, name FROM users WHERE ${listed}`],
    [
      'invitation',
      `SELECT id::text AS id, email AS name FROM invitations WHERE ${listed} AND organisation_id = $2`,
    ],
    [
      'token',
      `SELECT id::text AS id, name FROM api_tokens WHERE ${listed} AND organisation_id = $2`,
    ],
    [
      'case',
      `SELECT id::text AS id, title AS name FROM cases WHERE ${listed} AND organisation_id = $2`,
    ],
    ['organisation', `SELECT id::text AS id, name FROM organisations WHERE ${listed} AND id = $2`],
    // directory entries are public; the organisation's own entry or one it suggested
    [
      'actor',
      `SELECT id::text AS id, name FROM actors WHERE ${listed} AND (organisation_id = $2 OR suggested_by = $2)`,
    ],
    [
      'challenge',
      `SELECT id::text AS id, title AS name FROM challenges WHERE ${listed} AND organisation_id = $2`,
    ],
    // an interest is named by its challenge's title, on either side of the conversation
    [
      'interest',
      `SELECT i.id::text AS id, c.title AS name FROM challenge_interests i JOIN challenges c ON c.id = i.challenge_id
        WHERE i.id::text IN (SELECT jsonb_array_elements_text($1::jsonb))
          AND (i.organisation_id = $2 OR c.organisation_id = $2)`,
    ],
  ];
  for (const [type, sql] of lookups) {
    const wanted = [
      ...new Set(records.filter((r) => r.subjectType === type).map((r) => r.subjectId)),
    ];
    if (wanted.length === 0) continue;
    const params =
      type === 'membership' ? [JSON.stringify(wanted)] : [JSON.stringify(wanted), organisationId];
    const { rows } = await db.query<{ id: string; name: string }>(sql, params);
    for (const row of rows) names.set(auditSubjectKey(type, row.id), row.name);
  }
  return names;
}
