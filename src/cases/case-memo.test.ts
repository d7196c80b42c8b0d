import { describe, expect, it } from 'vitest';
import { assessSavedFacts, currentRulesVersion } from '../domain/cases/index';
import { inlineText } from '../memo/memo-document';
import { renderMemoMarkdown } from '../memo/memo-markdown';
import type { Case } from '../rules';
import { caseMemo } from './case-memo';
import type { SavedCase, StoredAssessment } from './case-records';

const FACTS: Case = {
  startDate: '2022-06-01',
  buyer: { kind: 'municipality' },
  subject: { type: 'services', cpv: ['85311000-2'] },
  estimatedValueSek: 3_000_000,
};
const AT = new Date('2026-11-26T10:00:00Z');

function stored(asOf: string, id: string, rulesVersion = currentRulesVersion()): StoredAssessment {
  const snapshot = assessSavedFacts(FACTS, asOf, 'sv');
  return {
    id,
    asOf,
    ruleSetId: snapshot.ruleValues.ruleSet.id,
    rulesVersion,
    ruleValues: snapshot.ruleValues,
    assessment: snapshot.assessment,
    assessedBy: { userId: null, name: 'Anna' },
    assessedAt: AT,
  };
}

function savedCase(assessments: StoredAssessment[], decidedOn?: string): SavedCase {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    organisationId: '22222222-2222-4222-8222-222222222222',
    title: 'Boende\u202e för unga',
    facts: FACTS,
    status: 'open',
    version: 3,
    createdBy: { userId: null, name: 'Anna' },
    createdAt: AT,
    updatedAt: AT,
    assessments,
    notes: [],
    decisions:
      decidedOn === undefined
        ? []
        : [
            {
              id: '33333333-3333-4333-8333-333333333333',
              form: 'advertised-procurement',
              motivation: 'Säkrast.',
              assessmentId: decidedOn,
              decidedBy: { userId: null, name: 'Bo' },
              decidedAt: AT,
            },
          ],
  };
}

const OPTIONS = { lang: 'sv' as const, producedOn: '2026-11-26', address: '/arenden/1' };

describe('the decision memo of a saved case', () => {
  it('says what was saved, under which rules, and the decision recorded', () => {
    const memo = caseMemo(savedCase([stored('2022-06-01', 'a1')], 'a1'), OPTIONS);
    const md = renderMemoMarkdown(memo);
    expect(md).toContain('## Sparat ärende');
    expect(md).toContain('Boende för unga');
    expect(md).not.toContain('\u202e');
    expect(md).toContain('2026-11-26 11:00 av Anna');
    expect(md).toContain(currentRulesVersion().slice(0, 19));
    expect(md).toContain('## Registrerat beslut');
    expect(md).toContain('Säkrast.');
    expect(md).toContain('[Öppna det sparade ärendet i samverka.](</arenden/1>)');
    expect(memo.title).toBe('Beslutsunderlag: val av samverkansform – Boende för unga');
    const headings = memo.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    // The saved case comes before the facts, the recorded decision before the one to fill in.
    expect(headings.indexOf('Sparat ärende')).toBeLessThan(headings.indexOf('Uppgifter i ärendet'));
    expect(headings.indexOf('Registrerat beslut')).toBeLessThan(headings.indexOf('Beslut'));
  });

  it('says when the decision was made on an earlier assessment, and a re-assessment’s date', () => {
    const memo = caseMemo(
      savedCase([stored('2022-06-01', 'a1'), stored('2023-03-01', 'a2')], 'a1'),
      OPTIONS,
    );
    const md = renderMemoMarkdown(memo);
    expect(md).toContain('Beslutet fattades på en tidigare bedömning');
    expect(md).toContain('2023-03-01 (omprövning under reglerna den dagen');
  });

  it('keeps the Swedish record, and says so, when the rule data has changed since', () => {
    const older = stored('2022-06-01', 'a1', `sha256:${'0'.repeat(64)}`);
    const memo = caseMemo(savedCase([older]), { ...OPTIONS, lang: 'en' });
    const text = memo.blocks
      .flatMap((b) => (b.kind === 'paragraph' ? [inlineText(b.content)] : []))
      .join('\n');
    expect(text).toContain('The assessment is shown in Swedish, as it was saved');
    expect(memo.blocks.some((b) => b.kind === 'heading' && b.text === 'Registrerat beslut')).toBe(
      false,
    );
  });
});
