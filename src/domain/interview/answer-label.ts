/** An answer as a person reads it: "Ja", "Vet inte", "500 000 kr", "85311100-3 Äldreomsorg". */
import type { Lang } from '../../engine';
import { formatSek } from '../../rules';
import { cpvLabel } from './cpv-search';
import type { Answer, InterviewField } from './interview-types';
import { interviewMessages } from './locales';

/** The answer to `field` in words. */
export function answerLabel(field: InterviewField, answer: Answer, lang: Lang): string {
  const m = interviewMessages(lang);
  if (answer.kind === 'unknown') return m.dontKnow;
  const v = answer.value;
  switch (field.kind) {
    case 'boolean':
      return v === true ? m.yes : m.no;
    case 'choice':
      return field.options?.find((o) => o.value === v)?.label[lang] ?? String(v);
    case 'sek':
      return typeof v === 'number' ? formatSek(v, lang) : String(v);
    case 'months':
      return typeof v === 'number' ? m.months(v) : String(v);
    case 'share':
      return typeof v === 'number' ? m.percent(Math.round(v * 1000) / 10) : String(v);
    case 'cpv':
      return (Array.isArray(v) ? v : [v])
        .map((code) => `${String(code)} ${cpvLabel(String(code), lang) ?? ''}`.trim())
        .join('; ');
    default:
      return String(v);
  }
}
