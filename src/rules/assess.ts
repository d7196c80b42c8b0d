/**
 * Turns a case into an assessment: picks the rule set of the start date, derives the regime,
 * evaluates every collaboration form, and lists the unknown facts that would change a verdict,
 * the most decisive first. Pure: the date is the case's, never the clock's.
 */
import type { Check, Citation, Lang, TraceRecord, Tri } from '../engine';
import { decide, traceOf } from '../engine';
import type { Amount, Assessment, FormAssessment, FormId, Question, Reason } from './assessment';
import { FORM_IDS } from './assessment';
import type { AmountRow } from './amounts/amounts';
import type { Case } from './case';
import { buildContext, type Context, type Resolved } from './context/context';
import type { FormResult, Note } from './forms/checks';
import { evaluateLov, evaluateLovReservedIdeburen } from './forms/choice';
import { evaluateEarlyDialogue, evaluateSocialConsiderations } from './forms/general';
import {
  actOf,
  evaluateAdvertised,
  evaluateDirectAward,
  evaluateInnovation,
} from './forms/procurement';
import { evaluateGrant, evaluateIop } from './forms/relationship';
import {
  evaluateMissionBased,
  evaluateReservedIdeburen,
  evaluateWorkIntegration,
} from './forms/reserved';
import { answerCandidates, CONTEXT_FIELDS, withAnswer } from './answers';
import { AMOUNT_NAMES, FORM_LABELS, PROCEDURES, QUESTIONS } from './messages/labels';
import { formatEur, formatSek, render, type MessageCode } from './messages/messages';
import { RULE_SETS, ruleSetFor } from './rule-sets/rule-sets';

/** The first start date the rules cover. */
export const COVERAGE_START = RULE_SETS[0]?.validFrom ?? '2014-07-01';

/** Thrown when no rule set covers the case's start date. */
export class OutsideCoverageError extends Error {
  constructor(readonly date: string) {
    super(
      `no rule set covers ${date}; samverka covers procurements started from ${COVERAGE_START}`,
    );
    this.name = 'OutsideCoverageError';
  }
}

/** The id and validity of the rule set in force on `date`, or undefined. */
export function ruleSetOn(
  date: string,
): { id: string; validFrom: string; validTo: string | null } | undefined {
  const rs = ruleSetFor(date);
  return rs && { id: rs.value.id, validFrom: rs.validFrom, validTo: rs.validTo };
}

const EVALUATORS: Record<FormId, (ctx: Context) => FormResult> = {
  grant: evaluateGrant,
  iop: evaluateIop,
  'direct-award': evaluateDirectAward,
  'advertised-procurement': evaluateAdvertised,
  'innovation-partnership': evaluateInnovation,
  'reserved-work-integration': evaluateWorkIntegration,
  'reserved-mission-based': evaluateMissionBased,
  'reserved-ideburen': evaluateReservedIdeburen,
  lov: evaluateLov,
  'lov-reserved-ideburen': evaluateLovReservedIdeburen,
  'early-dialogue': evaluateEarlyDialogue,
  'social-considerations': evaluateSocialConsiderations,
};

/** Messages that say something is not verified; they are also listed in `unverified`. */
const UNVERIFIED: ReadonlySet<MessageCode> = new Set<MessageCode>([
  'direct-award.limit-missing',
  'direct-award.limit-not-confirmed',
  'ideburen.cpv-list-unverified',
  'ideburen.not-registered',
  'mission-based.repeat-award',
  'mission-based.repeat-award-general',
  'mission-based.welfare-scope',
  'reserved.luf-not-verified',
  'reserved.luf-section-not-verified',
  'social-considerations.mandatory-unverified',
  'work-integration.not-covered',
]);

const QUESTION_ORDER = Object.keys(QUESTIONS);

function reason(
  code: MessageCode,
  params: Check['params'],
  citations: Citation[],
  lang: Lang,
): Reason {
  return { code, text: render(code, params, lang), citations };
}

function fromCheck(c: Check<MessageCode>, lang: Lang): Reason {
  return reason(c.code, c.params, c.citations, lang);
}

function fromNote(n: Note, lang: Lang): Reason {
  return reason(n.code, n.params, n.citations, lang);
}

function assessForm(
  form: FormId,
  result: FormResult,
  lang: Lang,
): { option: FormAssessment; unknowns: Check<MessageCode>[] } {
  const verdict = decide(result.checks);
  const by = (s: Check['status']) => result.checks.filter((c) => c.status === s);
  const unknowns = by('unknown');
  let reasons: Check<MessageCode>[];
  if (verdict === 'not-allowed') reasons = by('fail');
  else if (verdict === 'undetermined') reasons = [...unknowns, ...by('pass')];
  else reasons = by('pass');
  const conditions = verdict === 'not-allowed' ? [] : by('condition');
  const rendered = reasons.map((c) => fromCheck(c, lang));
  if (rendered.length === 0) {
    // Only conditions decide this form: say so, on the legal basis of those conditions.
    const citations = conditions.flatMap((c) => c.citations);
    rendered.push(reason('form.available-if', {}, dedupe(citations), lang));
  }
  return {
    option: {
      form,
      label: FORM_LABELS[form][lang],
      verdict,
      conditions: conditions.map((c) => fromCheck(c, lang)),
      reasons: rendered,
      risks: verdict === 'not-allowed' ? [] : result.risks.map((n) => fromNote(n, lang)),
    },
    // Unknown facts matter only while the verdict is open: a failed check already decides it.
    unknowns: verdict === 'undetermined' ? unknowns : [],
  };
}

function dedupe(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.act}|${c.sfs}|${c.chapter}|${c.section}|${c.paragraph}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function triValue(t: Tri): boolean | null {
  return t.known ? t.value : null;
}

function amountOf(
  r: Resolved,
  name: 'threshold' | 'directAwardLimit',
  citations: Citation[],
  lang: Lang,
): Amount | null {
  const row = r.row;
  if (row === undefined) return null;
  return {
    sek: row.sek,
    eur: row.eur,
    citations,
    verified: row.verified,
    sources: row.sources,
    validFrom: row.validFrom,
    validTo: row.validTo,
    note: amountNote(row, name, lang)?.text ?? null,
  };
}

function amountNote(
  row: AmountRow,
  name: 'threshold' | 'directAwardLimit',
  lang: Lang,
): Reason | null {
  const what = AMOUNT_NAMES[name][lang];
  if (row.verified === 'derived' && row.sek !== null) {
    return reason('amount.derived', { what, amount: formatSek(row.sek, lang) }, [], lang);
  }
  if (row.verified === 'eur_only' || row.verified === 'rule_only') {
    return reason(
      'amount.eur-only',
      { what, eur: row.eur === null ? '—' : formatEur(row.eur, lang) },
      [],
      lang,
    );
  }
  if (row.verified === 'not_published') return reason('amount.not-published', { what }, [], lang);
  return null;
}

function regimeOf(ctx: Context, lang: Lang): Assessment['regime'] {
  const rs = ctx.rs;
  const act = actOf(ctx);
  const lou = `${rs.lou.act} ${rs.lou.sfs}`;
  const luf = `${rs.luf.act} ${rs.luf.sfs}`;
  const thresholdCitations =
    act === 'luf'
      ? [rs.thresholds.luf]
      : act === 'lou'
        ? [rs.thresholds.lou]
        : [rs.thresholds.lou, rs.thresholds.luf];
  const limitCitations =
    act === 'luf'
      ? rs.directAward.luf
      : act === 'lou'
        ? rs.directAward.lou
        : [...rs.directAward.lou, ...rs.directAward.luf];
  const above = ctx.aboveThreshold;
  const special = ctx.special;
  const national =
    rs.national.procedures === 'own-design' ? PROCEDURES['own-design'] : PROCEDURES.named;
  const directive = PROCEDURES.directive.filter(
    (p) => rs.innovationPartnership !== null || p.en !== 'innovation partnership',
  );
  const procedures =
    (special.known && special.value) || (above.known && !above.value)
      ? national
      : above.known && above.value && special.known
        ? directive
        : [...national, ...directive];
  return {
    act: act === 'luf' ? luf : act === 'lou' ? lou : `${lou} / ${luf}`,
    sfs: act === 'luf' ? rs.luf.sfs : act === 'lou' ? rs.lou.sfs : null,
    bilaga2: triValue(special),
    threshold: amountOf(ctx.threshold, 'threshold', thresholdCitations, lang),
    directAwardLimit: amountOf(ctx.directAwardLimit, 'directAwardLimit', limitCitations, lang),
    aboveThreshold: triValue(above),
    procedures: procedures.map((p) => p[lang]),
    citations:
      act === 'luf'
        ? [rs.luf.citation]
        : act === 'lou'
          ? [rs.lou.citation]
          : [rs.lou.citation, rs.luf.citation],
  };
}

function unverifiedOf(ctx: Context, options: FormAssessment[], lang: Lang): Reason[] {
  const out: Reason[] = [];
  const seen = new Set<string>();
  const add = (r: Reason | null) => {
    if (r === null || seen.has(r.text)) return;
    seen.add(r.text);
    out.push(r);
  };
  if (ctx.threshold.row) add(amountNote(ctx.threshold.row, 'threshold', lang));
  if (ctx.directAwardLimit.row) add(amountNote(ctx.directAwardLimit.row, 'directAwardLimit', lang));
  if (
    ctx.rs.specialServices === 'b-services-not-covered' &&
    ctx.case.subject?.type !== 'works' &&
    ctx.case.subject?.type !== 'supplies'
  ) {
    add(reason('regime.b-services-not-covered', {}, [ctx.rs.lou.citation], lang));
  }
  if (ctx.rs.welfareServices !== null && !ctx.welfare.known && ctx.welfare.needs.length === 0) {
    add(reason('regime.welfare-list-partial', {}, ctx.rs.welfareServices.advertising, lang));
  }
  for (const o of options) {
    for (const r of [...o.reasons, ...o.conditions, ...o.risks]) {
      if (UNVERIFIED.has(r.code as MessageCode)) add(r);
    }
  }
  return out;
}

function contextTrace(ctx: Context): TraceRecord[] {
  const rows = (r: Resolved) =>
    r.candidates.map((row) =>
      row ? { sek: row.sek, eur: row.eur, validFrom: row.validFrom, verified: row.verified } : null,
    );
  return [
    {
      rule: 'rule-set',
      citations: ctx.ruleSet.citations,
      inputs: { startDate: ctx.date },
      outcome: `${ctx.rs.id} (${ctx.ruleSet.validFrom} – ${ctx.ruleSet.validTo ?? ''})`,
      message: null,
    },
    {
      rule: 'regime.special-services',
      citations: [ctx.rs.lou.citation],
      inputs: {
        'subject.type': ctx.case.subject?.type ?? null,
        'subject.cpv': ctx.case.subject?.cpv ?? null,
      },
      outcome: String(triValue(ctx.special)),
      message: null,
    },
    {
      rule: 'regime.threshold',
      citations: [ctx.rs.thresholds.lou],
      inputs: { 'buyer.kind': ctx.case.buyer?.kind ?? null, candidates: rows(ctx.threshold) },
      outcome: ctx.threshold.row ? String(ctx.threshold.row.sek) : 'unknown',
      message: null,
    },
    {
      rule: 'regime.direct-award-limit',
      citations: ctx.rs.directAward.lou,
      inputs: { candidates: rows(ctx.directAwardLimit) },
      outcome: ctx.directAwardLimit.row ? String(ctx.directAwardLimit.row.sek) : 'unknown',
      message: null,
    },
  ];
}

/**
 * Assesses a validated case in the language asked for. Throws {@link OutsideCoverageError} for a
 * start date before {@link COVERAGE_START}.
 */
export function assess(input: Case, options: { lang?: Lang; explain?: boolean } = {}): Assessment {
  const lang = options.lang ?? 'sv';
  const ruleSet = ruleSetFor(input.startDate);
  if (ruleSet === undefined) throw new OutsideCoverageError(input.startDate);
  const ctx = buildContext(input, ruleSet);
  const affects = new Map<string, Set<FormId>>();
  const counterfactual = new Map<string, Context>();
  const contextWith = (field: string, value: unknown): Context => {
    const key = `${field}=${JSON.stringify(value)}`;
    let found = counterfactual.get(key);
    if (found === undefined) {
      const changed = withAnswer(input, field, value);
      found = CONTEXT_FIELDS.has(field)
        ? buildContext(changed, ruleSet)
        : { ...ctx, case: changed };
      counterfactual.set(key, found);
    }
    return found;
  };
  const formOptions: FormAssessment[] = [];
  const trace: TraceRecord[] = options.explain ? contextTrace(ctx) : [];
  for (const form of FORM_IDS) {
    const result = EVALUATORS[form](ctx);
    const { option, unknowns } = assessForm(form, result, lang);
    formOptions.push(option);
    const fields = new Set(unknowns.flatMap((check) => check.needs));
    for (const field of fields) {
      const changes = answerCandidates(field, ctx).some(
        (value) => decide(EVALUATORS[form](contextWith(field, value)).checks) !== option.verdict,
      );
      if (!changes) continue;
      let set = affects.get(field);
      if (set === undefined) affects.set(field, (set = new Set()));
      set.add(form);
    }
    if (options.explain) {
      for (const check of result.checks) trace.push(traceOf(check));
      trace.push({ rule: form, citations: [], inputs: {}, outcome: option.verdict, message: null });
    }
  }
  const questions: Question[] = [...affects.entries()]
    .filter(([field]) => QUESTIONS[field] !== undefined)
    .sort(
      ([fa, a], [fb, b]) =>
        b.size - a.size || QUESTION_ORDER.indexOf(fa) - QUESTION_ORDER.indexOf(fb),
    )
    .map(([field, forms]) => ({
      field,
      text: (QUESTIONS[field] as { sv: string; en: string })[lang],
      affects: FORM_IDS.filter((f) => forms.has(f)),
    }));
  const assessment: Assessment = {
    asOf: input.startDate,
    lang,
    ruleSet: {
      id: ruleSet.value.id,
      validFrom: ruleSet.validFrom,
      validTo: ruleSet.validTo,
      label: ruleSet.value.label[lang],
    },
    regime: regimeOf(ctx, lang),
    options: formOptions,
    questions,
    unverified: unverifiedOf(ctx, formOptions, lang),
  };
  if (options.explain) assessment.trace = trace;
  return assessment;
}
