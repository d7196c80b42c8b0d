// The rule changes as an Atom 1.0 feed (RFC 4287): one entry per change date, each linking to its
// place on the rules over time page. Made from the rules catalogue, like the page.
import { CONTENT_PATHS } from '../../../content/index';
import type { Lang } from '../../../engine/index';
import type { RulesCatalogue } from '../../../rules/catalogue';
import { escapeHtml } from '../../html';
import { webMessages } from '../../locales/index';
import { pathInLang } from '../../request-lang';
import { valueLabel, valueSummary } from './rules-over-time-page';
import { changeAnchor, changeEntryId, ruleChanges } from './rules-timeline';

/** The feed's media type. */
export const ATOM_TYPE = 'application/atom+xml';

/** The tag URI of the feed (RFC 4151): stable whatever address serves it. */
const FEED_ID = 'tag:samverka,2014:regler';

// The same escaping as HTML text and attributes: the five XML special characters.
const xml = escapeHtml;

function timestamp(date: string): string {
  return `${date}T00:00:00Z`;
}

/**
 * The feed in `lang`; `origin` (scheme and host, no slash) makes its links absolute. Only changes
 * that have taken effect by `today` are entries: a feed announces what has happened, and its
 * `updated` is never in the future. The page shows the coming ones.
 */
export function renderRulesFeed(
  lang: Lang,
  catalogue: RulesCatalogue,
  origin: string,
  today: string,
): string {
  const t = webMessages(lang).knowledge;
  const changes = ruleChanges(catalogue).filter((change) => change.date <= today);
  const pageUrl = `${origin}${pathInLang(CONTENT_PATHS.rulesOverTime, lang)}`;
  const selfUrl = `${origin}${pathInLang(CONTENT_PATHS.rulesFeed, lang)}`;
  const updated = changes.at(-1)?.date ?? '2014-07-01';
  const entries = changes.map((change) => {
    const lines = [
      ...change.ruleSets.map((r) => `${t.rules.ruleSetStart(r.label[lang])} (${r.id}).`),
      ...(change.values.length > 0 ? [t.rules.valuesStart(change.values.length)] : []),
      ...change.values.map((v) => {
        return `${valueLabel(lang, v)}: ${valueSummary(lang, v)}`;
      }),
    ];
    const title =
      change.ruleSets.length > 0
        ? `${change.date}: ${change.ruleSets.map((r) => r.label[lang]).join('; ')}`
        : `${change.date}: ${t.rules.valuesStart(change.values.length).replace(/:$/, '')}`;
    const link = `${pageUrl}#${changeAnchor(change.date)}`;
    return `  <entry>
    <id>${xml(`${FEED_ID}/${change.date}/${changeEntryId(change)}`)}</id>
    <title>${xml(title)}</title>
    <updated>${timestamp(change.date)}</updated>
    <link rel="alternate" type="text/html" href="${xml(link)}"/>
    <summary type="text">${xml(lines.join('\n'))}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${FEED_ID}</id>
  <title>${xml(t.rules.feedTitle)}</title>
  <subtitle>${xml(t.rules.lead)}</subtitle>
  <updated>${timestamp(updated)}</updated>
  <author><name>samverka</name></author>
  <link rel="self" type="${ATOM_TYPE}" href="${xml(selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(pageUrl)}"/>
${entries.join('\n')}
</feed>
`;
}
