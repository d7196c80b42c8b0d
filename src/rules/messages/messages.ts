/**
 * Renders the rules' messages in Swedish or English. Amount parameters are formatted for the
 * language: `700 000 kr` in Swedish, `SEK 700,000` in English.
 */
import type { Lang } from '../../engine';
import { en } from './en';
import { sv, type MessageCode } from './sv';

export type { MessageCode };

const TEXTS: Record<Lang, Record<MessageCode, string>> = { sv, en };

const SEK_PARAMS = new Set(['limit', 'value', 'earlier', 'total']);

const NUMBER_FORMATS: Record<Lang, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
};

/** Formats an amount in SEK for the language. */
export function formatSek(amount: number, lang: Lang): string {
  const n = NUMBER_FORMATS[lang].format(amount);
  return lang === 'sv' ? `${n} kr` : `SEK ${n}`;
}

/** Formats an amount in EUR for the language. */
export function formatEur(amount: number, lang: Lang): string {
  const n = NUMBER_FORMATS[lang].format(amount);
  return lang === 'sv' ? `${n} euro` : `EUR ${n}`;
}

const CROSS_BORDER: Record<Lang, Record<string, string>> = {
  sv: { likely: 'troligt', unlikely: 'inte troligt', unknown: 'okänt' },
  en: { likely: 'likely', unlikely: 'unlikely', unknown: 'unknown' },
};

function formatParam(name: string, value: string | number, lang: Lang): string {
  if (name === 'crossBorder') return CROSS_BORDER[lang][String(value)] ?? String(value);
  if (typeof value === 'number') {
    if (SEK_PARAMS.has(name)) return formatSek(value, lang);
    if (name.endsWith('Eur')) return formatEur(value, lang);
    return String(value);
  }
  return value;
}

// Templates are split once into text and parameter names, so rendering is a join.
type Compiled = { texts: string[]; names: string[] };
const COMPILED: Record<Lang, Map<MessageCode, Compiled>> = { sv: new Map(), en: new Map() };

function compile(template: string): Compiled {
  const texts: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    texts.push(template.slice(last, m.index));
    names.push(m[1] as string);
    last = (m.index ?? 0) + m[0].length;
  }
  texts.push(template.slice(last));
  return { texts, names };
}

/** The text of a message with its parameters filled in. */
export function render(
  code: MessageCode,
  params: Record<string, string | number>,
  lang: Lang,
): string {
  let compiled = COMPILED[lang].get(code);
  if (compiled === undefined) {
    compiled = compile(TEXTS[lang][code]);
    COMPILED[lang].set(code, compiled);
  }
  const { texts, names } = compiled;
  if (names.length === 0) return texts[0] as string;
  let out = texts[0] as string;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const value = params[name];
    out +=
      (value === undefined ? `{${name}}` : formatParam(name, value, lang)) +
      (texts[i + 1] as string);
  }
  return out;
}

/** Every message code, for completeness tests. */
export const MESSAGE_CODES = Object.keys(sv) as MessageCode[];

/** The text of every message in a language, for completeness tests. */
export function textsOf(lang: Lang): Record<MessageCode, string> {
  return TEXTS[lang];
}
