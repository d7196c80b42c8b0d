// The rules that apply on the start date: the act, the rule set and its validity, whether the
// service is a bilaga 2 service, the threshold and the direct-award limit in force.
import type { Lang } from '../../../engine/index';
import { formatEur, formatSek, type Amount, type Assessment } from '../../../rules/index';
import { html, type Html } from '../../html';
import { webMessages } from '../../locales/index';
import { renderCitations } from './citation-list';

function yesNo(lang: Lang, value: boolean | null): string {
  const t = webMessages(lang).interview;
  return value === null ? t.result.unknown : value ? t.yes : t.no;
}

/**
 * An amount in kronor, with euro beside it; where the kronor figure is not known, says so and
 * gives the euro figure and the note on why.
 */
function amount(lang: Lang, a: Amount | null): Html {
  const t = webMessages(lang).interview.result;
  if (a === null) return html`${t.unknown}`;
  const eur = a.eur !== null ? ` (${formatEur(a.eur, lang)})` : '';
  const main =
    a.sek !== null
      ? `${formatSek(a.sek, lang)}${eur}`
      : html`<strong class="missing">${t.missingSek}</strong>${eur}`;
  return html`${main}${renderCitations(t.sources, a.citations)}
  ${a.note !== null && html`<span class="amount-note">${a.note}</span>`}`;
}

/** The regime box of the result page. */
export function renderRegimeBox(lang: Lang, assessment: Assessment): Html {
  const t = webMessages(lang).interview.result;
  const { regime, ruleSet } = assessment;
  const rows: [string, Html | string][] = [
    [t.act, html`${regime.act}${renderCitations(t.sources, regime.citations)}`],
    [
      t.ruleSet,
      `${ruleSet.label} (${ruleSet.id}), ${t.validity(ruleSet.validFrom, ruleSet.validTo)}`,
    ],
    [t.bilaga2, yesNo(lang, regime.bilaga2)],
    [t.threshold, amount(lang, regime.threshold)],
    [t.directAwardLimit, amount(lang, regime.directAwardLimit)],
    [t.aboveThreshold, yesNo(lang, regime.aboveThreshold)],
  ];
  if (regime.procedures.length > 0) rows.push([t.procedures, regime.procedures.join('; ')]);
  return html`<div class="regime-box">
    <h2 id="regime">${t.regimeHeading}</h2>
    <dl class="summary-list summary-list--compact">
      ${rows.map(
        ([key, value]) =>
          html`<div class="summary-list__row">
            <dt class="summary-list__key">${key}</dt>
            <dd class="summary-list__value">${value}</dd>
          </div>`,
      )}
    </dl>
  </div>`;
}
