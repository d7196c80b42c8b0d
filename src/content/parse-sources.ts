// Reads content/sources.yaml.
import type { ContentProblem, Source, SourceKind } from './content-types';
import { SOURCE_KINDS } from './content-types';
import { readYamlList } from './read-fields';

/** Parses the sources file; problems name the entry and the field. */
export function parseSources(
  text: string,
  file = 'sources.yaml',
): { sources: Source[]; problems: ContentProblem[] } {
  const sources: Source[] = [];
  const problems = readYamlList(text, file, 'sources', (item, index, r) => {
    const id = r.string(item, 'id', `entry ${index + 1}.id`);
    const at = `source ${id || index + 1}`;
    const kind = item.kind as SourceKind;
    if (!SOURCE_KINDS.includes(kind))
      r.problem(`${at}.kind`, `must be one of ${SOURCE_KINDS.join(', ')}`);
    const url = r.string(item, 'url', `${at}.url`);
    if (url !== '' && !/^https?:\/\/\S+$/.test(url))
      r.problem(`${at}.url`, 'must be an http(s) address');
    if (typeof item.verified !== 'boolean') r.problem(`${at}.verified`, 'must be true or false');
    const verified = item.verified === true;
    const note = item.note === undefined ? null : r.localized(item, 'note', `${at}.note`);
    if (!verified && note === null)
      r.problem(`${at}.note`, 'an unverified source needs a note saying what is open');
    sources.push({
      id,
      short: r.string(item, 'short', `${at}.short`),
      kind,
      title: r.localized(item, 'title', `${at}.title`),
      url,
      verified,
      note,
    });
  });
  return { sources, problems };
}
