// Reading saved cases. Every query filters by the organisation: a case of another organisation is
// not found, exactly like a case that does not exist, and an id that is not a UUID never reaches
// a query.
import { isUuid } from '../accounts/index';
import type { Queryable } from '../db/database';
import type { CaseStatus, RuleValues } from '../domain/cases/index';
import type { Assessment, Case, FormId } from '../rules';
import type {
  CaseDecision,
  CaseNote,
  CaseSummary,
  SavedCase,
  StoredAssessment,
} from './case-records';

interface CaseRow {
  id: string;
  organisation_id: string;
  title: string;
  case_input: Case;
  status: CaseStatus;
  version: number;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The case `id` of the organisation with everything recorded on it, or undefined. */
export async function findCase(
  db: Queryable,
  organisationId: string,
  id: string,
): Promise<SavedCase | undefined> {
  if (!isUuid(id) || !isUuid(organisationId)) return undefined;
  const { rows } = await db.query<CaseRow>(
    `SELECT c.id, c.organisation_id, c.title, c.case_input, c.status, c.version, c.created_by,
            u.name AS created_by_name, c.created_at, c.updated_at
       FROM cases c LEFT JOIN users u ON u.id = c.created_by
      WHERE c.id = $1 AND c.organisation_id = $2`,
    [id, organisationId],
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  const [assessments, notes, decisions] = [
    await readAssessments(db, organisationId, id),
    await readNotes(db, organisationId, id),
    await readDecisions(db, organisationId, id),
  ];
  return {
    id: row.id,
    organisationId: row.organisation_id,
    title: row.title,
    facts: row.case_input,
    status: row.status,
    version: row.version,
    createdBy: {
      userId: row.created_by,
      name: row.created_by_name ?? assessments[0]?.assessedBy.name ?? null,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    assessments,
    notes,
    decisions,
  };
}

async function readAssessments(
  db: Queryable,
  organisationId: string,
  caseId: string,
): Promise<StoredAssessment[]> {
  // An assessment made through an API token has no user: the audit entry that recorded it names
  // the token.
  const { rows } = await db.query<{
    id: string;
    as_of: string;
    rule_set_id: string;
    rules_version: string;
    rule_values: RuleValues;
    assessment: Assessment;
    assessed_by: string | null;
    assessed_at: Date;
    user_name: string | null;
    token_name: string | null;
  }>(
    `SELECT a.id, a.as_of, a.rule_set_id, a.rules_version, a.rule_values, a.assessment,
            a.assessed_by, a.assessed_at, u.name AS user_name,
            (SELECT t.name FROM audit_log l JOIN api_tokens t ON t.id = l.actor_token_id
              WHERE l.organisation_id = a.organisation_id AND l.subject_type = 'case'
                AND l.subject_id = a.case_id::text AND l.detail->>'assessmentId' = a.id::text
              LIMIT 1) AS token_name
       FROM case_assessments a LEFT JOIN users u ON u.id = a.assessed_by
      WHERE a.case_id = $1 AND a.organisation_id = $2
      ORDER BY a.seq`,
    [caseId, organisationId],
  );
  return rows.map((r) => ({
    id: r.id,
    asOf: r.as_of,
    ruleSetId: r.rule_set_id,
    rulesVersion: r.rules_version,
    ruleValues: r.rule_values,
    assessment: r.assessment,
    assessedBy: { userId: r.assessed_by, name: r.user_name ?? tokenActorName(r.token_name) },
    assessedAt: r.assessed_at,
  }));
}

function tokenActorName(name: string | null): string | null {
  return name === null ? null : `API: ${name}`;
}

async function readNotes(
  db: Queryable,
  organisationId: string,
  caseId: string,
): Promise<CaseNote[]> {
  const { rows } = await db.query<{
    id: string;
    body: string;
    author_id: string | null;
    author_name: string | null;
    token_name: string | null;
    created_at: Date;
  }>(
    `SELECT n.id, n.body, n.author_id, u.name AS author_name, n.created_at,
            (SELECT t.name FROM audit_log l JOIN api_tokens t ON t.id = l.actor_token_id
              WHERE l.organisation_id = n.organisation_id AND l.subject_type = 'case'
                AND l.subject_id = n.case_id::text AND l.detail->>'noteId' = n.id::text
              LIMIT 1) AS token_name
       FROM case_notes n LEFT JOIN users u ON u.id = n.author_id
      WHERE n.case_id = $1 AND n.organisation_id = $2
      ORDER BY n.seq`,
    [caseId, organisationId],
  );
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    author: { userId: r.author_id, name: r.author_name ?? tokenActorName(r.token_name) },
    createdAt: r.created_at,
  }));
}

async function readDecisions(
  db: Queryable,
  organisationId: string,
  caseId: string,
): Promise<CaseDecision[]> {
  const { rows } = await db.query<{
    id: string;
    form_id: FormId;
    motivation: string;
    assessment_id: string;
    decided_by: string | null;
    decided_by_name: string;
    decided_at: Date;
  }>(
    `SELECT id, form_id, motivation, assessment_id, decided_by, decided_by_name, decided_at
       FROM case_decisions
      WHERE case_id = $1 AND organisation_id = $2
      ORDER BY seq`,
    [caseId, organisationId],
  );
  return rows.map((r) => ({
    id: r.id,
    form: r.form_id,
    motivation: r.motivation,
    assessmentId: r.assessment_id,
    // The name is part of the record of a decision: it stays as it was when the decision was made.
    decidedBy: { userId: r.decided_by, name: r.decided_by_name },
    decidedAt: r.decided_at,
  }));
}

/** Which cases a list shows. */
export interface CaseListQuery {
  status: CaseStatus | 'all';
  limit: number;
  offset: number;
}

/** A page of the organisation's cases, the most recently changed first, and how many there are. */
export async function listCases(
  db: Queryable,
  organisationId: string,
  query: CaseListQuery,
): Promise<{ cases: CaseSummary[]; total: number }> {
  const status = query.status === 'all' ? null : query.status;
  const { rows } = await db.query<{
    id: string;
    title: string;
    status: CaseStatus;
    version: number;
    created_at: Date;
    updated_at: Date;
    as_of: string;
    rule_set_id: string;
    decision_form: FormId | null;
    total: number;
  }>(
    `SELECT c.id, c.title, c.status, c.version, c.created_at, c.updated_at,
            a.as_of, a.rule_set_id, d.form_id AS decision_form, count(*) OVER () AS total
       FROM cases c
       JOIN LATERAL (SELECT as_of, rule_set_id FROM case_assessments
                      WHERE case_id = c.id AND organisation_id = c.organisation_id
                      ORDER BY seq DESC LIMIT 1) a ON true
       LEFT JOIN LATERAL (SELECT form_id FROM case_decisions
                           WHERE case_id = c.id AND organisation_id = c.organisation_id
                           ORDER BY seq DESC LIMIT 1) d ON true
      WHERE c.organisation_id = $1 AND ($2::text IS NULL OR c.status = $2)
      ORDER BY c.updated_at DESC, c.id
      LIMIT $3 OFFSET $4`,
    [organisationId, status, query.limit, query.offset],
  );
  let total = rows[0]?.total;
  if (total === undefined) {
    // A page past the end has no rows to carry the count.
    const count = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases
        WHERE organisation_id = $1 AND ($2::text IS NULL OR status = $2)`,
      [organisationId, status],
    );
    total = count.rows[0]?.n ?? 0;
  }
  return {
    total: Number(total),
    cases: rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      asOf: r.as_of,
      ruleSetId: r.rule_set_id,
      decisionForm: r.decision_form,
    })),
  };
}
