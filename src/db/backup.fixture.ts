// Data in every table for the backup tests, with the values that are easy to get wrong: times to
// the microsecond, a leap day, numbers in jsonb that JavaScript cannot hold (1.10 and a 20-digit
// integer), text with quotes, line breaks and characters outside ASCII, nulls, sequences with
// gaps, composite keys, and tables long enough to be read in several batches.
import { appendAudit } from '../accounts/audit-log';
import { luhnCheckDigit } from '../domain/orgnr/index';
import type { Database, Queryable } from './database';
import { dataTables, quoteIdent } from './table-catalog';

const ORG_A = '0a000000-0000-4000-8000-00000000000a';
const ORG_B = '0b000000-0000-4000-8000-00000000000b';
const ANNA = '1a000000-0000-4000-8000-00000000001a';
const BO = '1b000000-0000-4000-8000-00000000001b';
const CAJSA = '1c000000-0000-4000-8000-00000000001c';
const TOKEN = '2a000000-0000-4000-8000-00000000002a';
const PROVIDER = '3a000000-0000-4000-8000-00000000003a';
const CASE_1 = '4a000000-0000-4000-8000-00000000004a';
const CASE_2 = '4b000000-0000-4000-8000-00000000004b';
const ASSESSMENT_1 = '5a000000-0000-4000-8000-00000000005a';
const ASSESSMENT_2 = '5b000000-0000-4000-8000-00000000005b';

function orgnr(body: string): string {
  return `${body}${luhnCheckDigit(body)}`;
}

/** Rows in every table of data (and a few in app_meta, which a backup leaves out). */
export async function fillEveryTable(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO organisations (id, name, orgnr, kind, legal_form, created_at) VALUES
         ($1, 'Malmö stad', $2, 'public-body', NULL, '2024-03-01T10:11:12.345678Z'),
         ($3, 'Föreningen "Ökenvind" – ideell', $4, 'ideburen', 'ideell-forening', '2024-02-29T23:59:59.999999+01:00')`,
      [ORG_A, orgnr('212000112'), ORG_B, orgnr('802123456')],
    );
    await tx.query(
      `INSERT INTO users (id, email, name, password_hash, lang, created_at) VALUES
         ($1, 'Anna.Andersson@Malmo.se', 'Anna Andersson', '$argon2id$v=19$m=65536,t=12,p=1$c2FsdA$aGFzaA', 'sv', '2024-03-01T10:11:12.000001Z'),
         ($2, 'bo@okenvind.se', 'Bo Ö''Brien', NULL, 'en', '2024-03-02T08:00:00Z'),
         ($3, 'cajsa@okenvind.se', E'Cajsa\\tLind', '$argon2id$v=19$m=65536,t=8,p=1$c2FsdA$aGFzaA', 'sv', '2024-03-03T08:00:00Z')`,
      [ANNA, BO, CAJSA],
    );
    await tx.query(
      `INSERT INTO memberships (organisation_id, user_id, role, created_at) VALUES
         ($1, $3, 'owner', '2024-03-01T10:11:12.345678Z'),
         ($2, $4, 'owner', '2024-03-02T08:00:00Z'),
         ($2, $5, 'reader', '2024-03-03T08:00:00Z'),
         ($1, $5, 'editor', '2024-03-04T08:00:00Z')`,
      [ORG_A, ORG_B, ANNA, BO, CAJSA],
    );
    await tx.query(
      `INSERT INTO invitations (id, token_hash, organisation_id, email, role, invited_by, created_at, expires_at, used_at, used_by, revoked_at) VALUES
         ('6a000000-0000-4000-8000-00000000006a', 'inv-hash-1', $1, 'ny@malmo.se', 'editor', $2, '2024-03-05T09:00:00Z', '2024-03-12T09:00:00Z', NULL, NULL, '2024-03-06T09:00:00.5Z'),
         ('6b000000-0000-4000-8000-00000000006b', 'inv-hash-2', $1, 'cajsa@okenvind.se', 'editor', $2, '2024-03-03T09:00:00Z', '2024-03-10T09:00:00Z', '2024-03-04T08:00:00Z', $3, NULL)`,
      [ORG_A, ANNA, CAJSA],
    );
    await tx.query(
      `INSERT INTO sessions (token_hash, user_id, organisation_id, method, created_at, last_seen_at, expires_at) VALUES
         ('session-hash-1', $1, $2, 'password', '2024-03-10T08:00:00Z', '2024-03-10T09:30:00.123Z', '2024-03-10T20:00:00Z'),
         ('session-hash-2', $3, NULL, 'oidc', '2024-03-10T08:00:00Z', '2024-03-10T08:00:00Z', '2024-03-10T20:00:00Z')`,
      [ANNA, ORG_A, BO],
    );
    await tx.query(
      `INSERT INTO password_resets (token_hash, user_id, created_at, expires_at, used_at) VALUES
         ('reset-hash-1', $1, '2024-03-09T08:00:00Z', '2024-03-09T09:00:00Z', '2024-03-09T08:10:00Z')`,
      [CAJSA],
    );
    // More rows than one batch reads, in a table with a bigserial key and one with a composite key.
    await tx.query(
      `INSERT INTO sign_in_failures (account, address, at)
       SELECT 'konto-' || (g % 7), '192.0.2.' || (g % 250), timestamptz '2024-03-10T00:00:00Z' + g * interval '1.000001 second'
         FROM generate_series(1, 2300) AS g`,
    );
    await tx.query(
      `INSERT INTO rate_limit_counters (key, window_start, hits)
       SELECT 'api:' || (g % 3), timestamptz '2024-03-10T00:00:00Z' + g * interval '1 minute', g
         FROM generate_series(1, 1200) AS g`,
    );
    await tx.query(
      `INSERT INTO api_tokens (id, organisation_id, name, token_hash, scope, created_by, created_at, last_used_at, revoked_at) VALUES
         ($1, $2, 'Ärendesystemet', 'token-hash-1', 'write', $3, '2024-03-05T10:00:00Z', '2024-03-11T10:00:00.000002Z', NULL)`,
      [TOKEN, ORG_A, ANNA],
    );
    await tx.query(
      `INSERT INTO oidc_providers (id, organisation_id, email_domain, issuer, client_id, client_secret, default_role, created_at) VALUES
         ($1, $2, 'malmo.se', 'https://idp.malmo.se', 'samverka', 'hemlig', 'editor', '2024-03-05T10:00:00Z')`,
      [PROVIDER, ORG_A],
    );
    await tx.query(
      `INSERT INTO oidc_flows (state, provider_id, code_verifier, nonce, lang, expires_at) VALUES
         ('state-1', $1, 'verifier', 'nonce', 'sv', '2024-03-10T08:10:00Z')`,
      [PROVIDER],
    );
    await tx.query(
      `INSERT INTO outbox (to_address, subject, body, created_at, sent_at) VALUES
         ('bo@okenvind.se', 'Inbjudan', E'Hej!\\n\\nFölj länken:\\nhttps://samverka.example/inbjudan/abc', '2024-03-05T09:00:00Z', NULL),
         ('gone@example.se', 'Borttagen', 'x', '2024-03-05T09:01:00Z', NULL),
         ('anna.andersson@malmo.se', 'Återställ lösenordet', 'Länk', '2024-03-09T08:00:00Z', '2024-03-09T08:00:01Z')`,
    );
    // A gap: the sequence stands above the highest id, and must stay there after a restore.
    await tx.query(`DELETE FROM outbox WHERE to_address = 'gone@example.se'`);
    await tx.query(
      `INSERT INTO cases (id, organisation_id, title, case_input, status, version, created_by, created_at, updated_by, updated_at) VALUES
         ($1, $3, 'Städning av lokaler', $5::jsonb, 'open', 3, $4, '2024-03-06T10:00:00Z', $4, '2024-03-07T10:00:00.654321Z'),
         ($2, $3, 'Äldreomsorg – IOP', '{}'::jsonb, 'archived', 1, NULL, '2024-03-06T11:00:00Z', NULL, '2024-03-06T11:00:00Z')`,
      [
        CASE_1,
        CASE_2,
        ORG_A,
        ANNA,
        '{"startDate":"2024-02-29","estimatedValueSek":1.10,"big":12345678901234567890,"nested":{"list":[1,2.50,"tre",null,true]},"text":"rad 1\\nrad 2 \\"citat\\" \\u00e5"}',
      ],
    );
    await tx.query(
      `INSERT INTO case_assessments (id, case_id, organisation_id, as_of, rule_set_id, rules_version, rule_values, assessment, assessed_by, assessed_at) VALUES
         ($1, $3, $4, '2024-02-29', 'lou-2022', 'sha256:abc', '{"threshold":{"sek":2299000,"eur":215000.00}}', '{"verdicts":[{"form":"grant","verdict":"allowed"}]}', $5, '2024-03-06T10:00:00Z'),
         ($2, $3, $4, '2024-02-29', 'lou-2024', 'sha256:def', '{}', '{"verdicts":[]}', $5, '2024-03-07T10:00:00.654321Z')`,
      [ASSESSMENT_1, ASSESSMENT_2, CASE_1, ORG_A, ANNA],
    );
    await tx.query(
      `INSERT INTO case_notes (id, case_id, organisation_id, author_id, body, created_at) VALUES
         ('7a000000-0000-4000-8000-00000000007a', $1, $2, $3, E'Första raden\\nAndra raden 🙂', '2024-03-07T11:00:00Z')`,
      [CASE_1, ORG_A, CAJSA],
    );
    await tx.query(
      `INSERT INTO case_decisions (id, case_id, organisation_id, form_id, motivation, assessment_id, decided_by, decided_by_name, decided_at) VALUES
         ('8a000000-0000-4000-8000-00000000008a', $1, $2, 'direct-award', 'Under gränsen.', $3, $4, 'Anna Andersson', '2024-03-08T12:00:00Z')`,
      [CASE_1, ORG_A, ASSESSMENT_2, ANNA],
    );
    // The directory: an entry kept by its organisation (arrays, a share, collaborations) and an
    // unlisted suggestion; the board: a challenge with case facts, an interest and its messages.
    await tx.query(
      `INSERT INTO actors (id, orgnr, name, kind, legal_form, organisation_id, source, suggested_by, listed,
                           registered_ideburen, registered_ideburen_on, work_integration_main_aim,
                           disadvantaged_staff_share, area_codes, area_index, goals, cpv, description,
                           collaborations, last_confirmed_on, created_at, updated_at, version) VALUES
         ('9a000000-0000-4000-8000-00000000009a', $1, 'Föreningen "Ökenvind" – ideell', 'ideburen',
          'ideell-forening', $2, 'member', NULL, true, true, '2023-05-02', false, 0.125,
          '{1280,12}', '{12,1280}', '{aldre,sdg-3}', '{85311000-2}', E'Träffar för äldre,\nvarje söndag.',
          '[{"title":"Mötesplats","partner":"Malmö stad","year":2023,"form":"iop","goals":[],"description":""}]',
          '2024-03-09', '2024-03-09T10:00:00Z', '2024-03-09T10:00:00Z', 2),
         ('9b000000-0000-4000-8000-00000000009b', $3, 'Förslaget', 'social-enterprise', NULL, NULL,
          'suggestion', $4, false, NULL, NULL, NULL, NULL, '{SE}', '{SE}', '{}', '{}', '',
          '[]', NULL, '2024-03-09T11:00:00Z', '2024-03-09T11:00:00Z', 1)`,
      [orgnr('802123456'), ORG_B, orgnr('556677889'), ORG_A],
    );
    await tx.query(
      `INSERT INTO challenges (id, organisation_id, kind, title, description, goals, area_codes, area_index,
                               cpv, starts_on, ends_on, budget_sek, status, case_facts, created_by,
                               created_at, updated_at, version) VALUES
         ('9c000000-0000-4000-8000-00000000009c', $1, 'challenge', 'Ensamhet bland äldre',
          'Fler äldre säger att de är ensamma.', '{aldre}', '{1280}', '{12,1280}', '{}', '2025-01-01',
          '2026-12-31', 1200000, 'dialog', '{"startDate":"2025-01-01"}', $2,
          '2024-03-10T10:00:00Z', '2024-03-10T10:00:00Z', 1)`,
      [ORG_A, ANNA],
    );
    await tx.query(
      `INSERT INTO challenge_interests (id, challenge_id, organisation_id, created_by, created_at) VALUES
         ('9d000000-0000-4000-8000-00000000009d', '9c000000-0000-4000-8000-00000000009c', $1, $2,
          '2024-03-11T10:00:00Z')`,
      [ORG_B, BO],
    );
    await tx.query(
      `INSERT INTO challenge_messages (id, interest_id, from_organisation_id, author_id, body, created_at) VALUES
         ('9e000000-0000-4000-8000-00000000009e', '9d000000-0000-4000-8000-00000000009d', $1, $2,
          'Vi vill gärna vara med.', '2024-03-11T10:00:00Z'),
         ('9f000000-0000-4000-8000-00000000009f', '9d000000-0000-4000-8000-00000000009d', $3, $4,
          E'Välkomna!\nVi hörs.', '2024-03-11T11:00:00Z')`,
      [ORG_B, BO, ORG_A, ANNA],
    );
    const at = new Date('2024-03-08T12:00:00.123Z');
    await appendAudit(tx, {
      organisationId: ORG_A,
      actor: { kind: 'operator' },
      action: 'organisation.created',
      subjectType: 'organisation',
      subjectId: ORG_A,
      detail: { name: 'Malmö stad' },
      at,
    });
    await appendAudit(tx, {
      organisationId: ORG_A,
      actor: { kind: 'user', userId: ANNA },
      action: 'case.decided',
      subjectType: 'case',
      subjectId: CASE_1,
      detail: { form: 'direct-award', value: 1.1 },
      at,
    });
    await appendAudit(tx, {
      organisationId: ORG_B,
      actor: { kind: 'token', tokenId: TOKEN },
      action: 'case.exported',
      subjectType: 'case',
      subjectId: CASE_2,
      at,
    });
    await tx.query(
      `INSERT INTO app_meta (key, value) VALUES ('csrf_key', 'källans-nyckel') ON CONFLICT (key) DO NOTHING`,
    );
  });
}

/** Every table of data as text: its rows in the database's own JSON, sorted; and its sequences. */
export interface TableDump {
  rows: Record<string, string[]>;
  sequences: Record<string, { lastValue: string; isCalled: boolean }>;
}

/** Reads every table of data, in UTC, for an exact comparison of two databases. */
export async function dumpTables(db: Database): Promise<TableDump> {
  return db.transaction(async (tx: Queryable) => {
    await tx.query("SET LOCAL TimeZone = 'UTC'");
    const dump: TableDump = { rows: {}, sequences: {} };
    for (const table of await dataTables(tx)) {
      // The stored columns only: generated ones (a tsvector) are each database's own reading of
      // the text, and a restore computes them again.
      const columns = table.columns.map(quoteIdent).join(', ');
      const { rows } = await tx.query<{ line: string }>(
        `SELECT row_to_json(t)::text AS line
           FROM (SELECT ${columns} FROM ${quoteIdent(table.name)}) t ORDER BY 1`,
      );
      dump.rows[table.name] = rows.map((r) => r.line);
      for (const serial of table.serials) {
        const state = await tx.query<{ last_value: string; is_called: boolean }>(
          `SELECT last_value::text AS last_value, is_called FROM ${serial.sequence}`,
        );
        dump.sequences[`${table.name}.${serial.column}`] = {
          lastValue: state.rows[0]!.last_value,
          isCalled: state.rows[0]!.is_called,
        };
      }
    }
    return dump;
  });
}
