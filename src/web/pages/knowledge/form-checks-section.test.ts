import { describe, expect, it } from 'vitest';
import { formChecks } from '../../../domain/knowledge/index';
import { formatCitation } from '../../../engine/index';
import { escapeHtml } from '../../html';
import { webMessages } from '../../locales/index';
import { dateError, renderChecksSection } from './form-checks-section';

function section(date: string, lang: 'sv' | 'en' = 'sv'): string {
  const checks = formChecks('reserved-ideburen', date, lang);
  return renderChecksSection({
    lang,
    path: '/kunskap/reserved-ideburen',
    asked: date,
    error: null,
    checks,
  }).toString();
}

describe('the checks of a form page', () => {
  it('shows the engine’s conditions with their citations, and they differ between dates', () => {
    const before = section('2022-06-01');
    const after = section('2023-06-01');
    const later = formChecks('reserved-ideburen', '2023-06-01', 'sv');
    expect(later.form.conditions.length).toBeGreaterThan(0);
    for (const c of later.form.conditions) {
      expect(after).toContain(escapeHtml(c.text));
      for (const citation of c.citations)
        expect(after).toContain(escapeHtml(formatCitation(citation)));
      expect(before).not.toContain(escapeHtml(c.text));
    }
    const earlier = formChecks('reserved-ideburen', '2022-06-01', 'sv');
    for (const r of earlier.form.reasons) expect(before).toContain(escapeHtml(r.text));
    expect(before).toContain('data-rule-set="lou-2022-02"');
    expect(after).toContain('data-rule-set="lou-2023-01"');
    expect(after).toContain('19 kap. 25 a § LOU (2016:1145)');
  });

  it('names the rule set and its validity in the page’s language', () => {
    const checks = formChecks('reserved-ideburen', '2023-06-01', 'en');
    const t = webMessages('en').knowledge.page;
    expect(section('2023-06-01', 'en')).toContain(
      escapeHtml(
        t.checksFor(
          '2023-06-01',
          `${checks.ruleSet.label} (${checks.ruleSet.id})`,
          t.validity(checks.ruleSet.validFrom, checks.ruleSet.validTo),
        ),
      ),
    );
  });

  it('marks the date field and summarises the error when the date is refused', () => {
    const error = dateError('sv', { ok: false, problem: 'invalid', value: 'igår' })!;
    const markup = renderChecksSection({
      lang: 'sv',
      path: '/kunskap/iop',
      asked: 'igår',
      error,
      checks: null,
    }).toString();
    expect(markup).toContain('role="alert"');
    expect(markup).toContain('href="#datum"');
    expect(markup).toContain('aria-invalid="true"');
    expect(markup).toContain('aria-describedby="datum-hint datum-error"');
    expect(markup).toContain('value="igår"');
    expect(error).toContain('Datum då ärendet påbörjas');
    expect(dateError('en', { ok: true, date: '2024-01-01' })).toBeNull();
  });
});
