/**
 * What matching knows of a challenge and of an actor: the plain facts the database holds, and
 * what the engine says about the actor's eligibility for the reserved procurements.
 */
import type { Collaboration } from '../directory/index';
import type { FormId, LegalForm, Verdict } from '../../rules/index';

/** The facts of a challenge or an initiative that matching compares. */
export interface ChallengeFacts {
  goals: readonly string[];
  /** kommun, län or `SE`; empty when the challenge names no area */
  areaCodes: readonly string[];
  cpv: readonly string[];
  /** the words of the title that text search knows (stop words left out) */
  titleWords: readonly string[];
}

/** The facts of a directory entry that matching compares. */
export interface ActorFacts {
  goals: readonly string[];
  areaCodes: readonly string[];
  cpv: readonly string[];
  /** which of the challenge's title words the database found in its name, description or capacity */
  titleWordsFound: readonly string[];
  collaborations: readonly Collaboration[];
}

/** The facts of an actor the engine reads as the case's counterpart. */
export interface CounterpartFacts {
  legalForm: LegalForm | null;
  registeredIdeburen: boolean | null;
  workIntegrationMainAim: boolean | null;
  /** 0..1 */
  disadvantagedStaffShare: number | null;
}

/** What the engine says about one reserved procurement for one actor. */
export interface ReservedEligibility {
  form: FormId;
  /** the form's name, in the language asked for */
  label: string;
  verdict: Verdict;
  /** the engine's conditions, reasons and questions, in words */
  conditions: string[];
  reasons: string[];
  questions: string[];
}
