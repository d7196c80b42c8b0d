import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../engine/index';
import { formatCitation } from '../../../engine/index';
import { formatEur, formatSek, rulesCatalogue, type RulesCatalogue } from '../../../rules/index';
import { escapeHtml } from '../../html';
import { webMessages } from '../../locales/index';
import { renderRulesOverTimePage, valueStatus } from './rules-over-time-page';
import { ruleChanges, valueAnchor } from './rules-timeline';

function copy(): RulesCatalogue {
  return structuredClone(rulesCatalogue());
}

/** The markup of the table row of the value with anchor `id`. */
function row(page: string, id: string): string {
  const start = page.indexOf(`id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  return page.slice(start, page.indexOf('</tr>', start));
}

describe('rules over time', () => {
  it('is made from the catalogue it is given: a changed value changes the page', () => {
    const original = renderRulesOverTimePage('sv', rulesCatalogue());
    const changed = copy();
    const value = changed.values.find((v) => v.sek !== null && v.unit === 'SEK')!;
    value.sek = 123_456_789;
    const page = renderRulesOverTimePage('sv', changed);
    expect(original).not.toContain(escapeHtml(formatSek(123_456_789, 'sv')));
    expect(row(page, valueAnchor(value))).toContain(escapeHtml(formatSek(123_456_789, 'sv')));
  });

  it('says when a value loses its verification, and when a rule set is added', () => {
    const changed = copy();
    const value = changed.values.find((v) => v.verified === 'source')!;
    value.verified = 'unverified';
    changed.ruleSets.push({
      ...changed.ruleSets[0]!,
      id: 'lou-2030-01',
      label: { sv: 'Nya regler <2030> & mer', en: 'New rules <2030> & more' },
      validFrom: '2030-01-01',
      validTo: null,
    });
    const page = renderRulesOverTimePage('sv', changed);
    expect(row(page, valueAnchor(value))).toContain('inte verifierat');
    expect(row(page, valueAnchor(value))).toContain('status--open');
    expect(page).toContain('<li id="andring-2030-01-01">');
    expect(page).toContain('Nya regler &lt;2030&gt; &amp; mer');
  });

  it.each(LANGS)(
    'shows every row of the catalogue with its amounts, status and sources (%s)',
    (lang) => {
      const catalogue = rulesCatalogue();
      const page = renderRulesOverTimePage(lang, catalogue);
      for (const v of catalogue.values) {
        const markup = row(page, valueAnchor(v));
        if (v.sek !== null) expect(markup).toContain(escapeHtml(formatSek(v.sek, lang)));
        if (v.eur !== null) expect(markup).toContain(escapeHtml(formatEur(v.eur, lang)));
        expect(markup).toContain(escapeHtml(valueStatus(lang, v)));
        for (const url of v.sources) expect(markup).toContain(`href="${escapeHtml(url)}"`);
      }
    },
  );

  it('puts every change date on the timeline with its rule sets and their citations', () => {
    const catalogue = rulesCatalogue();
    const page = renderRulesOverTimePage('en', catalogue);
    const dates = [...page.matchAll(/<li id="andring-([\d-]+)">/g)].map((m) => m[1]);
    expect(dates).toEqual(ruleChanges(catalogue).map((c) => c.date));
    expect(dates).toEqual([...dates].sort());
    for (const r of catalogue.ruleSets) {
      expect(page).toContain(`data-rule-set="${r.id}"`);
      expect(page).toContain(escapeHtml(r.label.en));
      for (const c of r.citations) expect(page).toContain(escapeHtml(formatCitation(c)));
    }
  });

  it('words every kind of verification it finds, unverified ones plainly', () => {
    for (const word of new Set(rulesCatalogue().values.map((v) => v.verified))) {
      for (const lang of LANGS) {
        expect(webMessages(lang).knowledge.rules.status[word], `${word} in ${lang}`).toBeDefined();
      }
    }
    const v = rulesCatalogue().values[0]!;
    expect(valueStatus('sv', { ...v, verified: 'source' })).toBe('verifierat');
    expect(valueStatus('sv', { ...v, verified: 'derived' })).toBe(
      'härlett från verifierade värden',
    );
    expect(valueStatus('sv', { ...v, verified: 'unverified' })).toBe('inte verifierat');
    expect(valueStatus('sv', { ...v, verified: 'not_published' })).toBe('inte publicerat ännu');
    expect(valueStatus('sv', { ...v, verified: 'eur_only' })).toMatch(/^inte verifierat/);
    expect(valueStatus('en', { ...v, verified: 'something-new' })).toMatch(/^not verified/);
  });
});
