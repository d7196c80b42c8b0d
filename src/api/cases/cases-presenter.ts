// Saved cases as the API answers them: plain JSON with ISO times, names rather than user ids.
import type {
  CaseActor,
  CaseDecision,
  CaseSummary,
  SavedCase,
  StoredAssessment,
} from '../../cases/index';
import { describeDiff, type AssessmentDiff } from '../../domain/cases/index';
import type { Lang } from '../../engine';

function who(actor: CaseActor): { name: string | null } {
  return { name: actor.name };
}

function assessmentRecord(a: StoredAssessment) {
  return {
    id: a.id,
    asOf: a.asOf,
    ruleSetId: a.ruleSetId,
    rulesVersion: a.rulesVersion,
    ruleValues: a.ruleValues,
    assessedAt: a.assessedAt.toISOString(),
    assessedBy: who(a.assessedBy),
  };
}

/** An assessment with the full assessment document. */
export function presentStoredAssessment(a: StoredAssessment) {
  return { ...assessmentRecord(a), assessment: a.assessment };
}

function presentDecision(d: CaseDecision) {
  return {
    id: d.id,
    form: d.form,
    motivation: d.motivation,
    assessmentId: d.assessmentId,
    decidedBy: who(d.decidedBy),
    decidedAt: d.decidedAt.toISOString(),
  };
}

/** The address of a case in the API. */
export function caseApiPath(id: string): string {
  return `/api/v1/cases/${id}`;
}

/** A saved case with everything recorded on it. */
export function presentSavedCase(saved: SavedCase) {
  const latest = saved.assessments.at(-1);
  if (latest === undefined) throw new Error(`case ${saved.id} has no assessment`);
  const decisions = saved.decisions.map(presentDecision);
  return {
    id: saved.id,
    title: saved.title,
    status: saved.status,
    version: saved.version,
    createdAt: saved.createdAt.toISOString(),
    createdBy: who(saved.createdBy),
    updatedAt: saved.updatedAt.toISOString(),
    case: saved.facts,
    assessment: presentStoredAssessment(latest),
    assessments: saved.assessments.map((a) => ({
      ...assessmentRecord(a),
      verdicts: Object.fromEntries(a.assessment.options.map((o) => [o.form, o.verdict])),
    })),
    notes: saved.notes.map((n) => ({
      id: n.id,
      body: n.body,
      author: who(n.author),
      createdAt: n.createdAt.toISOString(),
    })),
    decision: decisions.at(-1) ?? null,
    decisions,
    links: { self: caseApiPath(saved.id), page: `/arenden/${saved.id}` },
  };
}

/** A page of the list. */
export function presentCaseList(
  list: { cases: readonly CaseSummary[]; total: number },
  page: { limit: number; offset: number },
) {
  return {
    cases: list.cases.map((c) => ({
      id: c.id,
      title: c.title,
      status: c.status,
      version: c.version,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
      asOf: c.asOf,
      ruleSetId: c.ruleSetId,
      decisionForm: c.decisionForm,
    })),
    total: list.total,
    limit: page.limit,
    offset: page.offset,
  };
}

/** What changed with a re-assessment, with the sentences in `lang`. */
export function presentChanges(diff: AssessmentDiff, lang: Lang) {
  const text = describeDiff(diff, lang);
  const sentence = new Map(text.forms.map((f) => [f.form, f.text]));
  return {
    outcome: diff.outcome,
    headline: text.headline,
    asOf: diff.asOf,
    rulesDataChanged: diff.rulesDataChanged,
    ruleSet: diff.ruleSet,
    rules: text.rules,
    forms: diff.forms.map((f) => ({
      form: f.form,
      from: f.from,
      to: f.to,
      text: sentence.get(f.form) ?? '',
      conditions: f.conditions,
      reasons: f.reasons,
      risks: f.risks,
    })),
    questionsAdded: text.questionsAdded,
    questionsRemoved: text.questionsRemoved,
  };
}
