// Saving a case and changing it. Each change runs in one transaction with its audit entry: either
// all of it is written or nothing is. A change names the version of the case it started from;
// when the case has moved on since, nothing is written and the caller is told the current version
// (optimistic concurrency: two people editing one case never overwrite each other silently).
import { appendAudit, newId, type AuditActor, type AuditEntry } from '../accounts/index';
import type { Database, Queryable } from '../db/database';
import {
  assessSavedFacts,
  reassessmentDate,
  type AssessmentSnapshot,
  type CaseStatus,
} from '../domain/cases/index';
import type { Case, FormId } from '../rules';

/** Who makes a change, for which organisation, and when. */
export interface CaseChangeContext {
  organisationId: string;
  actor: AuditActor;
  /** the member's id; null for an API token */
  userId: string | null;
  /** the name recorded with a decision */
  actorName: string;
  now: Date;
}

/** The language saved assessments keep their texts in. */
export const SAVED_ASSESSMENT_LANG = 'sv';

/** Saves a new case with its first assessment (under the rules of its start date). */
export async function saveCase(
  db: Database,
  context: CaseChangeContext,
  input: { title: string; facts: Case },
): Promise<{ id: string; version: number; assessmentId: string }> {
  const id = newId();
  const snapshot = assessSavedFacts(input.facts, input.facts.startDate, SAVED_ASSESSMENT_LANG);
  return db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO cases (id, organisation_id, title, case_input, status, version, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, 'open', 1, $5, $6, $5, $6)`,
      [
        id,
        context.organisationId,
        input.title,
        JSON.stringify(input.facts),
        context.userId,
        context.now,
      ],
    );
    const assessmentId = await insertAssessment(tx, context, id, snapshot);
    await appendAudit(
      tx,
      caseAudit(context, id, 'case.created', {
        title: input.title,
        ...assessmentDetail(assessmentId, snapshot),
      }),
    );
    return { id, version: 1, assessmentId };
  });
}

async function insertAssessment(
  tx: Queryable,
  context: CaseChangeContext,
  caseId: string,
  snapshot: AssessmentSnapshot,
): Promise<string> {
  const id = newId();
  await tx.query(
    `INSERT INTO case_assessments (id, case_id, organisation_id, as_of, rule_set_id, rules_version, rule_values, assessment, assessed_by, assessed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      id,
      caseId,
      context.organisationId,
      snapshot.asOf,
      snapshot.ruleValues.ruleSet.id,
      snapshot.rulesVersion,
      JSON.stringify(snapshot.ruleValues),
      JSON.stringify(snapshot.assessment),
      context.userId,
      context.now,
    ],
  );
  return id;
}

function assessmentDetail(assessmentId: string, snapshot: AssessmentSnapshot) {
  return {
    assessmentId,
    asOf: snapshot.asOf,
    ruleSetId: snapshot.ruleValues.ruleSet.id,
    rulesVersion: snapshot.rulesVersion,
  };
}

function caseAudit(
  context: CaseChangeContext,
  caseId: string,
  action: AuditEntry['action'],
  detail: Record<string, unknown>,
): AuditEntry {
  return {
    organisationId: context.organisationId,
    actor: context.actor,
    action,
    subjectType: 'case',
    subjectId: caseId,
    detail,
    at: context.now,
  };
}

/** What one change request asks for; any combination, applied together or not at all. */
export interface CaseChanges {
  title?: string;
  status?: CaseStatus;
  note?: string;
  decision?: { form: FormId; motivation: string };
  /** Re-assess under the rules of today (YYYY-MM-DD, in Sweden) and keep the new assessment. */
  reassessOn?: string;
}

/** What a change did. */
export type ChangeResult =
  | {
      ok: true;
      /** the case's version afterwards */
      version: number;
      /** false when the case already was as asked (nothing written) */
      changed: boolean;
      assessmentId?: string;
      noteId?: string;
      decisionId?: string;
    }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'conflict'; currentVersion: number }
  /** an archived case is read only until it is restored */
  | { ok: false; reason: 'archived' };

/**
 * Applies `changes` to the case `caseId` of the organisation if it is still at `version`: the
 * case row (its version raised by one), the new assessment, note or decision, and an audit entry
 * for each, in one transaction. A decision is recorded on the latest assessment (the new one when
 * the same request re-assesses). An archived case takes no change but being restored (in the same
 * request as other changes, if need be); an open case may be changed and archived at once.
 */
export async function changeCase(
  db: Database,
  context: CaseChangeContext,
  caseId: string,
  version: number,
  changes: CaseChanges,
): Promise<ChangeResult> {
  return db.transaction(async (tx): Promise<ChangeResult> => {
    const { rows } = await tx.query<{
      version: number;
      title: string;
      status: CaseStatus;
      case_input: Case;
    }>(
      `SELECT version, title, status, case_input FROM cases
        WHERE id = $1 AND organisation_id = $2 FOR UPDATE`,
      [caseId, context.organisationId],
    );
    const current = rows[0];
    if (current === undefined) return { ok: false, reason: 'not-found' };
    if (current.version !== version) {
      return { ok: false, reason: 'conflict', currentVersion: current.version };
    }
    const title = changes.title !== undefined && changes.title !== current.title;
    const status = changes.status !== undefined && changes.status !== current.status;
    const changed =
      title ||
      status ||
      changes.note !== undefined ||
      changes.decision !== undefined ||
      changes.reassessOn !== undefined;
    if (!changed) return { ok: true, version, changed: false };
    const edits =
      title ||
      changes.note !== undefined ||
      changes.decision !== undefined ||
      changes.reassessOn !== undefined;
    if (current.status === 'archived' && changes.status !== 'open' && edits) {
      return { ok: false, reason: 'archived' };
    }

    const updated = await tx.query<{ version: number }>(
      `UPDATE cases SET version = version + 1, title = $4, status = $5, updated_by = $6, updated_at = $7
        WHERE id = $1 AND organisation_id = $2 AND version = $3
        RETURNING version`,
      [
        caseId,
        context.organisationId,
        version,
        title ? changes.title : current.title,
        status ? changes.status : current.status,
        context.userId,
        context.now,
      ],
    );
    const next = updated.rows[0]?.version;
    // The row is locked above, so this cannot happen; should it, nothing has been written yet.
    if (next === undefined) return { ok: false, reason: 'conflict', currentVersion: version + 1 };

    const result: Extract<ChangeResult, { ok: true }> = { ok: true, version: next, changed: true };
    // Restoring comes first in the log, archiving last: the order in which they take effect.
    const statusAudit = async () => {
      if (status) {
        const action = changes.status === 'archived' ? 'case.archived' : 'case.restored';
        await appendAudit(tx, caseAudit(context, caseId, action, {}));
      }
    };
    if (changes.status === 'open') await statusAudit();
    if (title) {
      await appendAudit(
        tx,
        caseAudit(context, caseId, 'case.renamed', { from: current.title, to: changes.title }),
      );
    }
    if (changes.reassessOn !== undefined) {
      const asOf = reassessmentDate(current.case_input.startDate, changes.reassessOn);
      const snapshot = assessSavedFacts(current.case_input, asOf, SAVED_ASSESSMENT_LANG);
      result.assessmentId = await insertAssessment(tx, context, caseId, snapshot);
      await appendAudit(
        tx,
        caseAudit(
          context,
          caseId,
          'case.reassessed',
          assessmentDetail(result.assessmentId, snapshot),
        ),
      );
    }
    if (changes.note !== undefined) {
      result.noteId = newId();
      await tx.query(
        `INSERT INTO case_notes (id, case_id, organisation_id, author_id, body, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [result.noteId, caseId, context.organisationId, context.userId, changes.note, context.now],
      );
      await appendAudit(
        tx,
        caseAudit(context, caseId, 'case.note-added', { noteId: result.noteId }),
      );
    }
    if (changes.decision !== undefined) {
      const latest = await tx.query<{ id: string }>(
        `SELECT id FROM case_assessments WHERE case_id = $1 AND organisation_id = $2
          ORDER BY seq DESC LIMIT 1`,
        [caseId, context.organisationId],
      );
      const assessmentId = latest.rows[0]?.id;
      if (assessmentId === undefined) throw new Error(`case ${caseId} has no assessment`);
      result.decisionId = newId();
      await tx.query(
        `INSERT INTO case_decisions (id, case_id, organisation_id, form_id, motivation, assessment_id, decided_by, decided_by_name, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          result.decisionId,
          caseId,
          context.organisationId,
          changes.decision.form,
          changes.decision.motivation,
          assessmentId,
          context.userId,
          context.actorName,
          context.now,
        ],
      );
      await appendAudit(
        tx,
        caseAudit(context, caseId, 'case.decided', {
          decisionId: result.decisionId,
          form: changes.decision.form,
          assessmentId,
        }),
      );
    }
    if (changes.status === 'archived') await statusAudit();
    return result;
  });
}

/** The formats a decision memo is exported in. */
export type MemoFormat = 'pdf' | 'docx' | 'md';

/** Records that the decision memo of a case was exported (the case must be the organisation's). */
export async function recordExport(
  db: Queryable,
  context: Omit<CaseChangeContext, 'userId' | 'actorName'>,
  caseId: string,
  detail: { format: MemoFormat; assessmentId: string; lang: string },
): Promise<void> {
  await appendAudit(db, {
    organisationId: context.organisationId,
    actor: context.actor,
    action: 'case.exported',
    subjectType: 'case',
    subjectId: caseId,
    detail,
    at: context.now,
  });
}
