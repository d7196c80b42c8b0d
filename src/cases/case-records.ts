// A saved case as read from the database: the case, every assessment with what it was made
// under, the notes and the decisions.
import type { CaseStatus, RuleValues } from '../domain/cases/index';
import type { Assessment, Case, FormId } from '../rules';

/** Who did something, as far as the records still say: null when the account is gone. */
export interface CaseActor {
  userId: string | null;
  /** the person's name, or the API token's name; null when neither is known any more */
  name: string | null;
}

/** One assessment of a case, the first or a re-assessment. */
export interface StoredAssessment {
  id: string;
  /** the date the rules were chosen by */
  asOf: string;
  ruleSetId: string;
  /** the fingerprint of the rule data it was made with */
  rulesVersion: string;
  ruleValues: RuleValues;
  /** the assessment in Swedish */
  assessment: Assessment;
  assessedBy: CaseActor;
  assessedAt: Date;
}

/** A note on a case. */
export interface CaseNote {
  id: string;
  body: string;
  author: CaseActor;
  createdAt: Date;
}

/** A decision recorded on a case: the form chosen and why, on one assessment. */
export interface CaseDecision {
  id: string;
  form: FormId;
  motivation: string;
  assessmentId: string;
  decidedBy: CaseActor;
  decidedAt: Date;
}

/** A saved case with everything recorded on it, oldest first. */
export interface SavedCase {
  id: string;
  organisationId: string;
  title: string;
  facts: Case;
  status: CaseStatus;
  /** raised by every change; a change names the version it started from */
  version: number;
  createdBy: CaseActor;
  createdAt: Date;
  updatedAt: Date;
  assessments: StoredAssessment[];
  notes: CaseNote[];
  decisions: CaseDecision[];
}

/** A case in a list. */
export interface CaseSummary {
  id: string;
  title: string;
  status: CaseStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** of the latest assessment */
  asOf: string;
  ruleSetId: string;
  /** the form of the latest decision, if one is recorded */
  decisionForm: FormId | null;
}

/** The latest assessment of a case (every saved case has at least one). */
export function latestAssessment(saved: SavedCase): StoredAssessment {
  const latest = saved.assessments.at(-1);
  if (latest === undefined) throw new Error(`case ${saved.id} has no assessment`);
  return latest;
}

/** The latest decision, if any. */
export function latestDecision(saved: SavedCase): CaseDecision | undefined {
  return saved.decisions.at(-1);
}
