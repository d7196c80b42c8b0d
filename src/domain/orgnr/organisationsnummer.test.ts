import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidOrgnr, luhnCheckDigit, orgnrGroup, parseOrgnr } from './organisationsnummer';

/** Nine digits whose digits 3–4 are at least 20, as every organisationsnummer body has. */
const body = fc
  .tuple(
    fc.stringMatching(/^\d{2}$/),
    fc.integer({ min: 20, max: 99 }),
    fc.stringMatching(/^\d{5}$/),
  )
  .map(([a, month, rest]) => `${a}${month}${rest}`);

describe('organisationsnummer', () => {
  it('accepts the numbers of Stockholms stad, Göteborgs stad and Saab AB', () => {
    for (const n of ['212000-0142', '212000-1355', '556036-0793']) {
      expect(parseOrgnr(n)).toEqual({ ok: true, digits: n.replace('-', ''), formatted: n });
    }
  });

  it('accepts the forms without hyphen and with the 16 prefix', () => {
    expect(isValidOrgnr('5560360793')).toBe(true);
    expect(isValidOrgnr('165560360793')).toBe(true);
    expect(isValidOrgnr('16556036-0793')).toBe(true);
  });

  it('rejects a wrong check digit and says which digit was expected', () => {
    expect(parseOrgnr('556036-0794')).toEqual({
      ok: false,
      problem: 'check-digit',
      expectedCheckDigit: 3,
    });
  });

  it('rejects digits 3–4 below 20, which would make it a personnummer', () => {
    expect(parseOrgnr('551236-0793')).toMatchObject({ ok: false, problem: 'month-digits' });
  });

  it('rejects other shapes', () => {
    for (const n of [
      '',
      '55603-0793',
      '5560360-793',
      '185560360793',
      'abcdef-ghij',
      '556036 0793',
    ]) {
      expect(parseOrgnr(n)).toMatchObject({ ok: false, problem: 'format' });
    }
  });

  it('names the legal-form group of the first digit, and none for 4', () => {
    expect(orgnrGroup('8020000000')).toBe('ideell-forening-stiftelse');
    expect(orgnrGroup('2120000142')).toBe('stat-region-kommun-forsamling');
    expect(orgnrGroup('4020000000')).toBeUndefined();
  });

  it('accepts every body with its Luhn digit, in every written form', () => {
    fc.assert(
      fc.property(body, (b) => {
        const n = `${b}${luhnCheckDigit(b)}`;
        const dashed = `${n.slice(0, 6)}-${n.slice(6)}`;
        for (const form of [n, dashed, `16${n}`, `16${dashed}`]) {
          expect(parseOrgnr(form)).toEqual({ ok: true, digits: n, formatted: dashed });
        }
      }),
    );
  });

  it('rejects every other check digit and names the right one', () => {
    fc.assert(
      fc.property(body, fc.integer({ min: 1, max: 9 }), (b, shift) => {
        const right = luhnCheckDigit(b);
        const wrong = (right + shift) % 10;
        expect(parseOrgnr(`${b}${wrong}`)).toEqual({
          ok: false,
          problem: 'check-digit',
          expectedCheckDigit: right,
        });
      }),
    );
  });

  it('catches every single-digit typo in the body', () => {
    fc.assert(
      fc.property(
        body,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (b, at, shift) => {
          const n = `${b}${luhnCheckDigit(b)}`;
          const typo = String((Number(n[at]) + shift) % 10);
          const changed = `${n.slice(0, at)}${typo}${n.slice(at + 1)}`;
          expect(isValidOrgnr(changed)).toBe(false);
        },
      ),
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseOrgnr(s);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});
