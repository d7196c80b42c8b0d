/** The languages samverka speaks. */
export const LANGS = ['sv', 'en'] as const;
/** One of {@link LANGS}. */
export type Lang = (typeof LANGS)[number];

/** A text in every language. */
export type Localized = Record<Lang, string>;

/** True when `value` names a supported language. */
export function isLang(value: unknown): value is Lang {
  return value === 'sv' || value === 'en';
}
