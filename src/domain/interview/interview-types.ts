/**
 * The guided interview (vägledning) as data: which facts it can ask, how a permalink carries the
 * answers, and where the journey goes next. Pages (src/web) and memos render these; nothing here
 * knows HTTP.
 */
import type { Localized } from '../../engine';
import type { Assessment, Case, FormId } from '../../rules';
import type { ValidationError } from '../case-input';

/** How a fact is answered. */
export type FieldKind =
  | 'date' // startDate: day, month, year
  | 'choice' // one of a list of values (enums)
  | 'boolean' // ja / nej
  | 'sek' // an amount in kronor, whole numbers
  | 'months' // a whole number of months
  | 'share' // a percentage, stored as 0..1
  | 'cpv' // CPV codes chosen by searching their labels
  | 'text'; // free text (names, description)

/** One option of a choice question. */
export interface FieldOption {
  value: string;
  label: Localized;
  hint?: Localized;
}

/**
 * One fact the interview can ask, worded for both audiences: the procurement wording and, where
 * it differs, the civil-society wording.
 */
export interface InterviewField {
  /** The case v1 field path, also the query parameter name: `relationship.marketExists`. */
  path: string;
  kind: FieldKind;
  /** The question in procurement language. */
  question: Localized;
  /** The same question in civil-society language, where the words differ. */
  questionCivil?: Localized;
  /** A short help text. */
  hint: Localized;
  /** For `choice` fields. */
  options?: FieldOption[];
  /** The knowledge-base page that explains the concept, when one exists. */
  knowledgePath?: string;
  /** The topic (page heading group) the question belongs to. */
  topic: 'start' | 'buyer' | 'subject' | 'value' | 'relationship' | 'counterpart';
}

/** The answer the user gave: a value, or "vet inte" (the fact stays unknown). */
export type Answer = { kind: 'value'; value: unknown } | { kind: 'unknown' };

/** The state of one journey, as carried by the permalink. */
export interface InterviewState {
  /** The case built from the answers (unknown facts absent). */
  case: Case;
  /** Every field the user has answered, with a value or "vet inte". */
  answers: Map<string, Answer>;
  /** What the user wants to achieve (not a fact of the law; orders the result). */
  goal: Goal | null;
}

/** What the user wants to achieve. */
export const GOALS = ['buy', 'support', 'partner', 'choice', 'unsure'] as const;
/** One of {@link GOALS}. */
export type Goal = (typeof GOALS)[number];

/** The result of reading a permalink. */
export type PermalinkResult =
  | { ok: true; state: InterviewState }
  | { ok: false; errors: ValidationError[]; state: InterviewState };

/** Where the journey goes next. */
export type NextStep = { kind: 'question'; field: InterviewField } | { kind: 'check-answers' };

/** A sentence on what would change the answer (a limit, a date a rule starts …). */
export interface ChangeNote {
  form: FormId | null;
  text: string;
}

/** Everything a result page or a memo shows, for one permalink. */
export interface InterviewResult {
  state: InterviewState;
  assessment: Assessment;
  changes: ChangeNote[];
}
