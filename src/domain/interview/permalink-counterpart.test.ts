import { describe, expect, it } from 'vitest';
import { readPermalink, writePermalink } from './index';

describe('the organisation in a permalink', () => {
  it('is in mind when its facts are given without the journey question', () => {
    const read = readPermalink(
      new URLSearchParams(
        'startDate=2024-05-01&counterpart.mainAimWorkIntegration=true&counterpart.shareDisadvantagedStaff=0.2',
      ),
      'sv',
    );
    expect(read.ok).toBe(true);
    expect(read.state.case.counterpart).toEqual({
      mainAimWorkIntegration: true,
      shareDisadvantagedStaff: 0.2,
    });
    expect(read.state.answers.get('counterpart')).toEqual({ kind: 'value', value: true });
    expect(writePermalink(read.state)).toContain('counterpart=true');
  });

  it('stays out of the case when the person said no organisation is in mind', () => {
    const read = readPermalink(
      new URLSearchParams('startDate=2024-05-01&counterpart=false&counterpart.legalForm=stiftelse'),
      'sv',
    );
    expect(read.state.case.counterpart).toBeUndefined();
  });

  it('loses only the bad fact when one of its facts is invalid', () => {
    const read = readPermalink(
      new URLSearchParams(
        'startDate=2024-05-01&counterpart=true&counterpart.legalForm=bolag&counterpart.reinvestsProfits=true',
      ),
      'en',
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => e.path)).toEqual(['counterpart.legalForm']);
    expect(read.state.answers.has('counterpart.legalForm')).toBe(false);
    expect(read.state.answers.get('counterpart')).toEqual({ kind: 'value', value: true });
    expect(read.state.case.counterpart).toEqual({ reinvestsProfits: true });
  });
});
