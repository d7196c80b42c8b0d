import { describe, expect, it } from 'vitest';
import {
  checkDecision,
  checkNote,
  checkStatus,
  checkTitle,
  checkVersion,
  savedCaseProblemText,
  TEXT_MAX_LENGTH,
  TITLE_MAX_LENGTH,
} from './saved-case-input';

describe('checks of a saved case', () => {
  it('keeps a title on one line without unprintable characters', () => {
    expect(checkTitle('  Boende\n för\u202e unga \u0007 ')).toEqual({
      ok: true,
      value: 'Boende för unga',
    });
  });

  it('names the problem of a missing, empty, too long or non-text title', () => {
    expect(checkTitle(undefined)).toEqual({
      ok: false,
      problems: [{ field: 'title', problem: { code: 'required' } }],
    });
    expect(checkTitle(' \t ')).toMatchObject({ problems: [{ problem: { code: 'required' } }] });
    expect(checkTitle('x'.repeat(TITLE_MAX_LENGTH + 1))).toMatchObject({
      problems: [{ problem: { code: 'too-long', max: 200 } }],
    });
    expect(checkTitle(42, 'name')).toEqual({
      ok: false,
      problems: [{ field: 'name', problem: { code: 'not-text' } }],
    });
  });

  it('keeps the line breaks of a note', () => {
    expect(checkNote('Första raden\r\nAndra raden\n')).toEqual({
      ok: true,
      value: 'Första raden\nAndra raden',
    });
    expect(checkNote('x'.repeat(TEXT_MAX_LENGTH + 1))).toMatchObject({ ok: false });
  });

  it('takes a decision for one of the twelve forms, with a motivation', () => {
    expect(checkDecision({ form: 'iop', motivation: ' Passar bäst. ' })).toEqual({
      ok: true,
      value: { form: 'iop', motivation: 'Passar bäst.' },
    });
    expect(checkDecision({ form: 'gift', motivation: '' })).toEqual({
      ok: false,
      problems: [
        { field: 'form', problem: { code: 'form-unknown' } },
        { field: 'motivation', problem: { code: 'required' } },
      ],
    });
  });

  it('reads a version from a number or from the digits of a form field', () => {
    expect(checkVersion(3)).toEqual({ ok: true, value: 3 });
    expect(checkVersion(' 12 ')).toEqual({ ok: true, value: 12 });
    for (const bad of [0, -1, 1.5, '1e3', '', 'x', null, undefined, '9999999999']) {
      expect(checkVersion(bad).ok, String(bad)).toBe(false);
    }
  });

  it('knows the two statuses', () => {
    expect(checkStatus('archived')).toEqual({ ok: true, value: 'archived' });
    expect(checkStatus('closed').ok).toBe(false);
  });

  it('words every problem in Swedish and English', () => {
    expect(savedCaseProblemText({ code: 'too-long', max: 200 }, 'sv')).toBe(
      'Skriv högst 200 tecken.',
    );
    expect(savedCaseProblemText({ code: 'form-unknown' }, 'en')).toBe(
      'Choose one of the twelve collaboration forms.',
    );
  });
});
