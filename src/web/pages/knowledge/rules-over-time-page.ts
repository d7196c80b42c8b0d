// Rules over time: the timeline of every change and the tables of dated values, made from the
// rules catalogue alone, so that a value changed in the rule data changes this page.
import { CONTENT_PATHS } from '../../../content/index';
import type { Lang } from '../../../engine/index';
import type { CatalogueValue, RulesCatalogue } from '../../../rules/catalogue';
import { formatEur, formatSek } from '../../../rules/index';
import { html, type Html } from '../../html';
import { webMessages } from '../../locales/index';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { renderCitations } from '../interview/citation-list';
import {
  changeAnchor,
  isUnverified,
  ruleChanges,
  valueAnchor,
  valueAppliesTo,
  valueTable,
} from './rules-timeline';

/** The status of a value in words. */
export function valueStatus(lang: Lang, value: CatalogueValue): string {
  const t = webMessages(lang).knowledge.rules;
  return t.status[value.verified] ?? t.statusUnknown(value.verified);
}

/** What a value is, in words: its table and what it applies to. */
export function valueLabel(lang: Lang, value: CatalogueValue): string {
  const parts = valueAppliesTo(value);
  return `${tableTitle(lang, valueTable(value))}${parts.length > 0 ? `, ${appliesTo(lang, value)}` : ''}`;
}

function appliesTo(lang: Lang, value: CatalogueValue): string {
  const t = webMessages(lang).knowledge.rules;
  return valueAppliesTo(value)
    .map((part) => t.appliesTo[part] ?? part)
    .join(', ');
}

function tableTitle(lang: Lang, table: string): string {
  return webMessages(lang).knowledge.rules.tables[table] ?? table;
}

function sourceLinks(lang: Lang, urls: readonly string[]): Html {
  const t = webMessages(lang).knowledge.rules;
  return html`<ul class="source-links">
    ${urls.map((url) => html`<li><a href="${url}">${t.sourceLinkLabel(hostOf(url))}</a></li>`)}
  </ul>`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function amountCell(lang: Lang, value: CatalogueValue, unit: 'SEK' | 'EUR'): Html {
  const t = webMessages(lang).knowledge;
  if (value.unit === 'flag') return html`<td>${unit === 'SEK' ? t.rules.flagValue : ''}</td>`;
  const n = unit === 'SEK' ? value.sek : value.eur;
  if (n === null) return html`<td class="numeric">${t.notAvailable}</td>`;
  return html`<td class="numeric">${unit === 'SEK' ? formatSek(n, lang) : formatEur(n, lang)}</td>`;
}

function valueRow(lang: Lang, value: CatalogueValue): Html {
  const t = webMessages(lang).knowledge.rules;
  return html`<tr
    id="${valueAnchor(value)}"
    data-value-id="${value.id}"
    data-valid-from="${value.validFrom}"
  >
    <th scope="row">${appliesTo(lang, value)}</th>
    <td>${t.period(value.validFrom, value.validTo)}</td>
    ${amountCell(lang, value, 'SEK')} ${amountCell(lang, value, 'EUR')}
    <td class="${isUnverified(value) ? 'status--open' : ''}">${valueStatus(lang, value)}</td>
    <td>
      ${
        value.note !== '' &&
        html`<span lang="en">${value.note}</span>${
            lang !== 'en' && html` <span class="small-note">(${t.noteInEnglish})</span>`
          }`
      }
    </td>
    <td>${sourceLinks(lang, value.sources)}</td>
  </tr>`;
}

function valueTables(lang: Lang, catalogue: RulesCatalogue): Html {
  const t = webMessages(lang).knowledge.rules;
  const tables = new Map<string, CatalogueValue[]>();
  for (const v of catalogue.values) {
    const key = valueTable(v);
    tables.set(key, [...(tables.get(key) ?? []), v]);
  }
  return html`${[...tables].map(([key, values], i) => {
    const captionId = `values-${i + 1}`;
    const rows = [...values].sort(
      (a, b) => a.validFrom.localeCompare(b.validFrom) || a.id.localeCompare(b.id),
    );
    return html`<h3>${tableTitle(lang, key)}</h3>
      <div class="table-scroll" role="region" aria-labelledby="${captionId}" tabindex="0">
        <table class="data-table data-table--wide">
          <caption id="${captionId}">
            ${tableTitle(lang, key)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.columns.appliesTo}</th>
              <th scope="col">${t.columns.period}</th>
              <th scope="col">${t.columns.sek}</th>
              <th scope="col">${t.columns.eur}</th>
              <th scope="col">${t.columns.status}</th>
              <th scope="col">${t.columns.note}</th>
              <th scope="col">${t.columns.sources}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((v) => valueRow(lang, v))}
          </tbody>
        </table>
      </div>`;
  })}`;
}

function timeline(lang: Lang, catalogue: RulesCatalogue): Html {
  const t = webMessages(lang).knowledge;
  return html`<ol class="timeline">
    ${ruleChanges(catalogue).map(
      (change) =>
        html`<li id="${changeAnchor(change.date)}">
          <time datetime="${change.date}">${change.date}</time>
          ${change.ruleSets.map(
            (r) =>
              html`<p data-rule-set="${r.id}">
                ${t.rules.ruleSetStart(r.label[lang])}
                (${r.id}).${renderCitations(t.citationsLabel, r.citations)}
              </p>`,
          )}
          ${
            change.values.length > 0 &&
            html`<p>${t.rules.valuesStart(change.values.length)}</p>
              <ul>
                ${change.values.map(
                  (v) =>
                    html`<li>
                      <a href="#${valueAnchor(v)}">${valueLabel(lang, v)}</a>:
                      ${valueSummary(lang, v)}
                    </li>`,
                )}
              </ul>`
          }
        </li>`,
    )}
  </ol>`;
}

/** A value in a few words: its amounts and its status. */
export function valueSummary(lang: Lang, v: CatalogueValue): string {
  const t = webMessages(lang).knowledge;
  const amounts = [
    v.sek !== null ? formatSek(v.sek, lang) : null,
    v.eur !== null ? formatEur(v.eur, lang) : null,
  ].filter((a) => a !== null);
  const shown = v.unit === 'flag' ? t.rules.flagValue : amounts.join(' / ') || t.notAvailable;
  return `${shown} (${valueStatus(lang, v)})`;
}

/** The rules over time in `lang`, made from `catalogue`. */
export function renderRulesOverTimePage(lang: Lang, catalogue: RulesCatalogue): string {
  const t = webMessages(lang).knowledge;
  const r = t.rules;
  const unverified = catalogue.values.filter(isUnverified);
  const feedHref = pathInLang(CONTENT_PATHS.rulesFeed, lang);
  return renderPage({
    lang,
    path: CONTENT_PATHS.rulesOverTime,
    title: r.title,
    description: r.metaDescription,
    feed: { href: feedHref, title: r.feedTitle },
    main: html`<nav class="breadcrumbs" aria-label="${t.page.breadcrumbLabel}">
        <a href="${pathInLang(CONTENT_PATHS.knowledge, lang)}">${t.page.overviewLink}</a>
      </nav>
      <h1>${r.heading}</h1>
      <p class="lead">${r.lead}</p>
      <p>${r.intro}</p>
      <p><a href="${feedHref}" type="application/atom+xml">${r.feedLink}</a></p>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">${r.timelineHeading}</h2>
        ${timeline(lang, catalogue)}
      </section>

      <section aria-labelledby="unverified-heading">
        <h2 id="unverified-heading">${r.unverifiedHeading}</h2>
        ${
          unverified.length === 0
            ? html`<p>${r.allVerified}</p>`
            : html`<p>${r.unverifiedIntro(unverified.length)}</p>
                <ul>
                  ${unverified.map(
                    (v) =>
                      html`<li>
                        <a href="#${valueAnchor(v)}">${valueLabel(lang, v)}</a>,
                        ${r.period(v.validFrom, v.validTo)}: ${valueStatus(lang, v)}
                      </li>`,
                  )}
                </ul>`
        }
      </section>

      <section aria-labelledby="values-heading">
        <h2 id="values-heading">${r.tablesHeading}</h2>
        <p>${r.tablesIntro}</p>
        ${valueTables(lang, catalogue)}
      </section>`,
  });
}
