/**
 * The names of the twelve collaboration forms in each language, as every assessment gives them:
 * a decision names its form by id, and a page or memo in another language than the saved
 * assessment needs the name.
 */
import type { Lang } from '../../engine';
import { assess, COVERAGE_START, FORM_IDS, type FormId } from '../../rules';

const cache = new Map<Lang, ReadonlyMap<FormId, string>>();

/** The forms' names in `lang`, in the order of {@link FORM_IDS}. */
export function formLabels(lang: Lang): ReadonlyMap<FormId, string> {
  let labels = cache.get(lang);
  if (labels === undefined) {
    // Every assessment names all twelve forms; the facts do not change their names.
    const options = assess({ startDate: COVERAGE_START }, { lang }).options;
    labels = new Map(FORM_IDS.map((id) => [id, options.find((o) => o.form === id)?.label ?? id]));
    cache.set(lang, labels);
  }
  return labels;
}

/** The name of `form` in `lang`. */
export function formLabel(form: FormId, lang: Lang): string {
  return formLabels(lang).get(form) ?? form;
}
