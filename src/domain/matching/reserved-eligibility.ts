/**
 * Whether an actor could take part in the reserved procurements of a challenge's case, as the
 * rules engine says: the case is assessed with the actor's facts as its counterpart. Nothing of
 * the rules is repeated here; the engine's verdicts, conditions, reasons and questions are passed on.
 */
import type { Lang } from '../../engine/index';
import { assess, OutsideCoverageError, type Case, type Counterpart } from '../../rules/index';
import type { CounterpartFacts, ReservedEligibility } from './match-facts';
import { MATCHED_RESERVED_FORMS } from './match-weights';

/**
 * The counterpart the engine reads for an actor. The organisation number and name are left out:
 * no rule reads them, and without them actors with the same facts share one assessment.
 */
export function counterpartOf(facts: CounterpartFacts): Counterpart {
  return {
    legalForm: facts.legalForm,
    registeredIdeburen: facts.registeredIdeburen,
    mainAimWorkIntegration: facts.workIntegrationMainAim,
    shareDisadvantagedStaff: facts.disadvantagedStaffShare,
  };
}

function tupleKey(facts: CounterpartFacts): string {
  return JSON.stringify([
    facts.legalForm,
    facts.registeredIdeburen,
    facts.workIntegrationMainAim,
    facts.disadvantagedStaffShare,
  ]);
}

function assessOrUndefined(engine: typeof assess, facts: Case, lang: Lang) {
  try {
    return engine(facts, { lang });
  } catch (error) {
    // A start date before the rules' coverage: the engine says nothing, and neither does matching.
    if (error instanceof OutsideCoverageError) return undefined;
    throw error;
  }
}

/**
 * A function that gives, for an actor's facts, the engine's verdict on each reserved procurement
 * that is open for the case with no counterpart named (allowed or allowed on conditions). The
 * engine runs once for the open forms and once per distinct set of counterpart facts, however
 * many actors are asked about. Undefined when the case has no reserved procurement open (or is
 * outside the rules' coverage): then no actor gets an eligibility reason. `engine` is the
 * rules' `assess`; another function of its type may count or time the calls.
 */
export function reservedEligibilityFor(
  caseFacts: Case,
  lang: Lang,
  engine: typeof assess = assess,
): ((actor: CounterpartFacts) => ReservedEligibility[]) | undefined {
  const open = assessOrUndefined(engine, { ...caseFacts, counterpart: null }, lang);
  if (open === undefined) return undefined;
  const forms = open.options
    .filter(
      (o) =>
        MATCHED_RESERVED_FORMS.includes(o.form) &&
        (o.verdict === 'allowed' || o.verdict === 'allowed-if'),
    )
    .map((o) => o.form);
  if (forms.length === 0) return undefined;
  const memo = new Map<string, ReservedEligibility[]>();
  return (actor) => {
    const key = tupleKey(actor);
    const known = memo.get(key);
    if (known) return known;
    const assessment = assessOrUndefined(
      engine,
      { ...caseFacts, counterpart: counterpartOf(actor) },
      lang,
    );
    const result: ReservedEligibility[] = [];
    for (const option of assessment?.options ?? []) {
      if (!forms.includes(option.form)) continue;
      result.push({
        form: option.form,
        label: option.label,
        verdict: option.verdict,
        conditions: option.conditions.map((c) => c.text),
        reasons: option.reasons.map((r) => r.text),
        questions: (assessment?.questions ?? [])
          .filter((q) => q.affects.includes(option.form) && q.field.startsWith('counterpart.'))
          .map((q) => q.text),
      });
    }
    memo.set(key, result);
    return result;
  };
}
