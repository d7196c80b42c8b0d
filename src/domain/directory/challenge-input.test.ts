import { describe, expect, it } from 'vitest';
import { validateChallengeInput } from './challenge-input';

describe('validateChallengeInput', () => {
  it('accepts a challenge with an amount written the Swedish way', () => {
    const result = validateChallengeInput({
      title: 'Ensamhet bland äldre',
      description: 'Fler äldre i Malmö säger att de är ensamma.',
      goals: 'aldre|sdg-3',
      areaCodes: ['1280'],
      startsOn: '2027-01-01',
      endsOn: '2028-12-31',
      budgetSek: '1 200 000 kr',
      status: 'dialog',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Ensamhet bland äldre',
        description: 'Fler äldre i Malmö säger att de är ensamma.',
        goals: ['aldre', 'sdg-3'],
        areaCodes: ['1280'],
        cpv: [],
        startsOn: '2027-01-01',
        endsOn: '2028-12-31',
        budgetSek: 1200000,
        status: 'dialog',
      },
    });
  });

  it('names the fields that are wrong', () => {
    const result = validateChallengeInput({
      title: '',
      description: 'x',
      startsOn: '2028-01-01',
      endsOn: '2027-01-01',
      budgetSek: 'en miljon',
      status: 'klar',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.field, p.problem.code])).toEqual([
      ['title', 'required'],
      ['endsOn', 'date-order'],
      ['budgetSek', 'amount-format'],
      ['status', 'status-unknown'],
    ]);
  });
});
