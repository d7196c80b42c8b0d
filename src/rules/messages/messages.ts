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

function formatParam(name: string, value: string | number, lang: Lang): string {
  if (typeof value === 'number') {
    if (SEK_PARAMS.has(name)) return formatSek(value, lang);
    if (name.endsWith('Eur')) return formatEur(value, lang);
    return String(value);
  }
  return value;
}

/** The text of a message with its parameters filled in. */
export function render(
  code: MessageCode,
  params: Record<string, string | number>,
  lang: Lang,
): string {
  return TEXTS[lang][code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatParam(name, value, lang);
  });
}

/** Every message code, for completeness tests. */
export const MESSAGE_CODES = Object.keys(sv) as MessageCode[];

/** The text of every message in a language, for completeness tests. */
export function textsOf(lang: Lang): Record<MessageCode, string> {
  return TEXTS[lang];
}
