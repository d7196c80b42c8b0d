import { describe, expect, it } from 'vitest';
import { formChecks, readCheckDate } from './form-checks';

describe('readCheckDate', () => {
  it('takes today when no date is asked', () => {
    expect(readCheckDate(undefined, '2024-05-05')).toEqual({ ok: true, date: '2024-05-05' });
    expect(readCheckDate('', '2024-05-05')).toEqual({ ok: true, date: '2024-05-05' });
  });

  it('reads a calendar date and refuses what is not one', () => {
    expect(readCheckDate(' 2023-06-01 ', '2024-05-05')).toEqual({ ok: true, date: '2023-06-01' });
    expect(readCheckDate('2023-02-30', '2024-05-05')).toEqual({
      ok: false,
      problem: 'invalid',
      value: '2023-02-30',
    });
    expect(readCheckDate('1 juni', '2024-05-05')).toMatchObject({ ok: false, problem: 'invalid' });
    expect(readCheckDate({}, '2024-05-05')).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('refuses a date before the rules samverka covers', () => {
    expect(readCheckDate('2014-06-30', '2024-05-05')).toMatchObject({
      ok: false,
      problem: 'before-coverage',
    });
    expect(readCheckDate('2014-07-01', '2024-05-05')).toEqual({ ok: true, date: '2014-07-01' });
  });
});

describe('formChecks', () => {
  it('gives the engine’s checks for the form under the rule set of the date', () => {
    const before = formChecks('reserved-ideburen', '2022-06-01', 'sv');
    const after = formChecks('reserved-ideburen', '2023-06-01', 'en');
    expect(before.ruleSet.id).toBe('lou-2022-02');
    expect(after.ruleSet.id).toBe('lou-2023-01');
    expect(before.form.form).toBe('reserved-ideburen');
    expect(before.form.conditions).toEqual([]);
    expect(after.form.conditions.map((c) => c.code)).toContain('ideburen.public-benefit-required');
    expect(after.questions.every((q) => q.affects.includes('reserved-ideburen'))).toBe(true);
  });
});
