// Reads content/ordlista.yaml, the two-way glossary.
import { FORM_IDS, type FormId } from '../rules';
import type { ContentProblem, GlossaryEntry } from './content-types';
import { FieldReader, readYamlList } from './read-fields';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Parses the glossary; problems name the entry and the field. */
export function parseGlossary(
  text: string,
  file = 'ordlista.yaml',
): { glossary: GlossaryEntry[]; problems: ContentProblem[] } {
  const glossary: GlossaryEntry[] = [];
  const problems = readYamlList(text, file, 'entries', (item, index, r) => {
    const id = r.string(item, 'id', `entry ${index + 1}.id`);
    if (id !== '' && !ID.test(id))
      r.problem(`entry ${id}.id`, 'use lowercase letters a-z, digits and -');
    const at = `entry ${id || index + 1}`;
    const scoped = Object.fromEntries(Object.entries(item));
    const sub = new FieldReader(file);
    const forms = sub.stringList(scoped, 'forms');
    for (const f of forms) {
      if (!FORM_IDS.includes(f as FormId)) r.problem(`${at}.forms`, `unknown form id ${f}`);
    }
    const entry: GlossaryEntry = {
      id,
      procurement: sub.terms(scoped, 'procurement', true),
      civil: sub.terms(scoped, 'civil', true),
      match: sub.terms(scoped, 'match', false),
      skip: sub.terms(scoped, 'skip', false),
      definition: sub.localized(scoped, 'definition'),
      example: sub.localized(scoped, 'example'),
      legal: item.legal === true,
      sources: sub.stringList(scoped, 'sources'),
      forms: forms as FormId[],
      related: sub.stringList(scoped, 'related'),
    };
    if (entry.legal && entry.sources.length === 0) {
      r.problem(`${at}.sources`, 'a legal definition needs at least one source');
    }
    for (const p of sub.problems) r.problem(at, p.message);
    glossary.push(entry);
  });
  return { glossary, problems };
}
