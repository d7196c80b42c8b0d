/**
 * The assessment v1, as `spec/assessment.schema.json` defines it, with the fields samverka adds
 * (added fields only; nothing of the contract is renamed).
 */
import type { Citation, Lang, TraceRecord } from '../engine';

/** The collaboration forms, in the order every assessment lists them. */
export const FORM_IDS = [
  'grant',
  'iop',
  'direct-award',
  'advertised-procurement',
  'innovation-partnership',
  'reserved-work-integration',
  'reserved-mission-based',
  'reserved-ideburen',
  'lov',
  'lov-reserved-ideburen',
  'early-dialogue',
  'social-considerations',
] as const;
/** One of {@link FORM_IDS}. */
export type FormId = (typeof FORM_IDS)[number];

/** The four verdicts. */
export const VERDICTS = ['allowed', 'allowed-if', 'not-allowed', 'undetermined'] as const;
/** One of {@link VERDICTS}. */
export type Verdict = (typeof VERDICTS)[number];

/** A reason, condition or risk: text in the requested language with its legal basis. */
export interface Reason {
  /** Stable id of the message, the same in every language. */
  code: string;
  text: string;
  citations: Citation[];
}

/** A dated amount (threshold or limit) with its legal basis and how sure the figure is. */
export interface Amount {
  /** `null` where the SEK figure for the period is not known. */
  sek: number | null;
  eur: number | null;
  citations: Citation[];
  /**
   * `source`: read in a source; `derived`: computed from verified values; `eur_only`, `rule_only`:
   * the SEK figure is missing; `not_published`: no value for the period yet.
   */
  verified: 'source' | 'derived' | 'eur_only' | 'rule_only' | 'not_published';
  sources: string[];
  validFrom: string;
  validTo: string | null;
  /** What the user must know about the figure (missing SEK value, derived value). */
  note: string | null;
}

/** The rules applied to one collaboration form. */
export interface FormAssessment {
  form: FormId;
  label: string;
  verdict: Verdict;
  conditions: Reason[];
  reasons: Reason[];
  risks: Reason[];
}

/** A fact that is unknown and would change at least one verdict. */
export interface Question {
  field: string;
  text: string;
  affects: FormId[];
}

/** One assessment v1. */
export interface Assessment {
  asOf: string;
  lang: Lang;
  ruleSet: { id: string; validFrom: string; validTo: string | null; label: string };
  regime: {
    act: string;
    sfs: string | null;
    bilaga2: boolean | null;
    threshold: Amount | null;
    directAwardLimit: Amount | null;
    aboveThreshold: boolean | null;
    /** Procedures open for an advertised procurement under this regime. */
    procedures: string[];
    citations: Citation[];
  };
  options: FormAssessment[];
  questions: Question[];
  /** Everything this assessment relies on that is not verified, said in words. */
  unverified: Reason[];
  /** The evaluation records, when asked for (`explain`). */
  trace?: TraceRecord[];
}
