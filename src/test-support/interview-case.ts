// The interview seen from a test: a case turned into a permalink, and the answer a person would
// give to each question of the journey, read from the case.
import {
  caseFacts as domainCaseFacts,
  cpvLabel,
  interviewField,
  searchCpv,
  type InterviewField,
} from '../domain/interview';
import type { Lang } from '../engine';
import type { Case } from '../rules';
import { webMessages } from '../web/locales/index';

/** One known fact of a case: a date, enum value, text, number, yes/no or CPV codes. */
export type Fact = string | number | boolean | string[];

/** Every fact of a case by its field path (nested objects flattened, unknown facts left out). */
export function caseFacts(c: Case): Map<string, Fact> {
  return domainCaseFacts(c) as Map<string, Fact>;
}

/**
 * The permalink query of a case: one parameter per fact the interview asks, named by its case v1
 * field path, CPV codes repeated, booleans `true`/`false`. Facts the interview never asks (a
 * description, a title) have no parameter and are returned as `left`.
 */
export function casePermalink(c: Case): { params: URLSearchParams; left: string[] } {
  const params = new URLSearchParams();
  const left: string[] = [];
  for (const [path, value] of caseFacts(c)) {
    if (interviewField(path) === undefined) {
      left.push(path);
      continue;
    }
    if (Array.isArray(value)) for (const v of value) params.append(path, String(v));
    else params.append(path, String(value));
  }
  return { params, left };
}

/** The address of the result page of a case, in `lang`. */
export function resultUrl(c: Case, lang: Lang): string {
  const { params } = casePermalink(c);
  if (lang !== 'sv') params.set('lang', lang);
  return `/vagledning/resultat?${params.toString()}`;
}

/** What the user wants, as a person in the example would say it. */
export function goalOf(c: Case): string {
  if (c.relationship?.supportsOrganisationsOwnActivity === true) return 'support';
  if (c.relationship?.publicPaysForServicesItDefines === true) return 'buy';
  return 'unsure';
}

/** How a person answers one question, in the terms of the page they see. */
export type PlannedAnswer =
  | { kind: 'radio'; label: string }
  | { kind: 'date'; day: string; month: string; year: string }
  | { kind: 'text'; text: string }
  | { kind: 'cpv'; codes: { code: string; word: string }[] };

/** An amount as a person types it: digits grouped by spaces in Swedish, by commas in English. */
export function typedAmount(n: number, lang: Lang): string {
  const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? ' ' : ',');
  return grouped;
}

/**
 * The answer a person gives to `field` knowing the facts of `c`: the value the case has, or
 * "Vet inte" where the case leaves it unknown.
 */
export function plannedAnswer(field: InterviewField, c: Case, lang: Lang): PlannedAnswer {
  // The words of the inputs are the pages' own.
  const m = webMessages(lang).interview;
  const dontKnow: PlannedAnswer = { kind: 'radio', label: m.dontKnow };
  if (field.path === 'goal') return radioFor(field, goalOf(c), lang);
  if (field.path === 'counterpart') {
    const has = c.counterpart !== null && c.counterpart !== undefined;
    return { kind: 'radio', label: has ? m.yes : m.no };
  }
  const value = caseFacts(c).get(field.path);
  if (value === undefined) return dontKnow;
  switch (field.kind) {
    case 'date': {
      const [year, month, day] = String(value).split('-');
      return { kind: 'date', day: String(Number(day)), month: String(Number(month)), year: year! };
    }
    case 'boolean':
      return { kind: 'radio', label: value === true ? m.yes : m.no };
    case 'choice':
      return radioFor(field, String(value), lang);
    case 'sek':
      return { kind: 'text', text: typedAmount(Number(value), lang) };
    case 'months':
      return { kind: 'text', text: String(value) };
    case 'share':
      return { kind: 'text', text: String(Math.round(Number(value) * 1000) / 10) };
    case 'cpv':
      return {
        kind: 'cpv',
        codes: (Array.isArray(value) ? value : [String(value)]).map((code) => ({
          code,
          word: searchWord(code, lang),
        })),
      };
    case 'text':
      return { kind: 'text', text: String(value) };
  }
}

function radioFor(field: InterviewField, value: string, lang: Lang): PlannedAnswer {
  const option = field.options?.find((o) => o.value === value);
  if (option === undefined) throw new Error(`${field.path} has no option ${value}`);
  return { kind: 'radio', label: option.label[lang] };
}

/**
 * The word of its label a person would search a CPV code by: the longest word that finds the code,
 * as one would try a few words; the whole label when no single word does.
 */
export function searchWord(code: string, lang: Lang): string {
  const label = cpvLabel(code, lang);
  if (label === undefined) throw new Error(`${code} is not a CPV code`);
  const words = label
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.toLowerCase());
  return words.find((w) => searchCpv(w, lang).some((hit) => hit.code === code)) ?? label;
}
