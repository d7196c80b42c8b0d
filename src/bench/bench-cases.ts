// The mixed set of cases the bench assesses: the contract's worked examples and variants made
// from them with a seeded generator (sparse cases with only a start date, complete cases, dates
// across every regime), all valid, so that every one yields an assessment.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseProblems } from '../domain/case-input';
import { addDays, fromDayNumber, toDayNumber } from '../engine';
import {
  BUYER_KINDS,
  COVERAGE_START,
  CROSS_BORDER_INTEREST,
  INITIATORS,
  LEGAL_FORMS,
  SUBJECT_TYPES,
} from '../rules';
import type { Case } from '../rules';

/** A small seeded generator (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The contract's worked examples, read from spec/examples of the repository. */
export function exampleCases(root: string): Case[] {
  const dir = join(root, 'spec', 'examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { case: Case }).case);
}

/** `count` generated variants of the examples, half sparse, half complete. */
export function generatedCases(
  examples: readonly Case[],
  count: number,
  seed = 20_230_301,
): Case[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const maybe = <T>(value: T): T | null => (rnd() < 0.2 ? null : value);
  const bool = () => maybe(rnd() < 0.5);
  const first = toDayNumber(COVERAGE_START);
  const last = toDayNumber('2027-12-31');
  const date = () => fromDayNumber(first + Math.floor(rnd() * (last - first + 1)));
  const cpvCodes = [...new Set(examples.flatMap((e) => e.subject?.cpv ?? []))];
  const out: Case[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      out.push({ startDate: date() });
      continue;
    }
    const base = pick(examples);
    out.push({
      ...base,
      startDate: rnd() < 0.3 ? addDays(base.startDate, Math.floor(rnd() * 1200) - 600) : date(),
      buyer: { kind: maybe(pick(BUYER_KINDS)) },
      subject: { type: maybe(pick(SUBJECT_TYPES)), cpv: [pick(cpvCodes)], lovScope: bool() },
      estimatedValueSek: maybe(Math.round(rnd() * 20_000_000)),
      durationMonths: maybe(Math.floor(rnd() * 72)),
      sameKindPurchasesThisFinancialYearSek: maybe(Math.round(rnd() * 500_000)),
      relationship: {
        publicPaysForServicesItDefines: bool(),
        supportsOrganisationsOwnActivity: bool(),
        organisationContributesOwnResources: bool(),
        mutualObligationsEnforceable: bool(),
        initiatedBy: maybe(pick(INITIATORS)),
        marketExists: bool(),
      },
      counterpart:
        rnd() < 0.3
          ? null
          : {
              legalForm: maybe(pick(LEGAL_FORMS)),
              registeredIdeburen: bool(),
              publicBenefitPurposeOnly: bool(),
              publicControllingInfluence: bool(),
              valueTransfersOnlyAllowed: bool(),
              mainAimWorkIntegration: bool(),
              shareDisadvantagedStaff: maybe(Math.round(rnd() * 100) / 100),
              reinvestsProfits: bool(),
              participatoryGovernance: bool(),
              awardedSameServiceReservedLast3Years: bool(),
            },
      crossBorderInterest: maybe(pick(CROSS_BORDER_INTEREST)),
    });
  }
  return out;
}

/** The bench's cases: examples and variants, each checked to be a valid case. */
export function benchCases(root: string): Case[] {
  const examples = exampleCases(root);
  const cases = [...examples, ...generatedCases(examples, 191)];
  for (const c of cases) {
    const problems = caseProblems(c);
    if (problems.length > 0) {
      throw new Error(`bench case is not valid: ${JSON.stringify(c)}: ${JSON.stringify(problems)}`);
    }
  }
  return cases;
}
