import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../engine';
import { specExamples } from '../assessment/spec-examples.fixture';
import { validateCase } from './validate-case';

const base = { startDate: '2023-03-01' };

function errorsOf(input: unknown, lang: 'sv' | 'en' = 'en') {
  const result = validateCase(input, lang);
  if (result.ok) throw new Error(`expected errors for ${JSON.stringify(input)}`);
  return result.errors;
}

describe('validateCase', () => {
  it.each(specExamples().map((e) => [e.file, e.case] as const))(
    'accepts the contract example %s as it is',
    (_file, input) => {
      const result = validateCase(input, 'sv');
      expect(result).toEqual({ ok: true, value: input });
    },
  );

  it('accepts a case with only a start date, and nulls for unknown facts', () => {
    expect(validateCase(base, 'en').ok).toBe(true);
    const nulls = {
      ...base,
      buyer: { kind: null, orgnr: null },
      subject: null,
      estimatedValueSek: null,
      counterpart: { legalForm: null, shareDisadvantagedStaff: null },
      crossBorderInterest: null,
    };
    expect(validateCase(nulls, 'en').ok).toBe(true);
  });

  it('says that the start date is missing', () => {
    expect(errorsOf({})).toEqual([
      {
        path: 'startDate',
        code: 'missing',
        message:
          'missing: the date the procurement or collaboration starts (YYYY-MM-DD) is required',
      },
    ]);
  });

  it('names the field and the expected type of a wrong type, in Swedish and English', () => {
    const input = { ...base, estimatedValueSek: 'mycket' };
    expect(errorsOf(input, 'en')).toEqual([
      {
        path: 'estimatedValueSek',
        code: 'wrong-type',
        message: 'expected a number or null, got text',
      },
    ]);
    expect(errorsOf(input, 'sv')[0]?.message).toBe('ska vara ett tal eller null, inte en text');
  });

  it('rejects a whole input that is not an object', () => {
    expect(errorsOf([1, 2])).toEqual([
      { path: '', code: 'wrong-type', message: 'expected an object, got a list' },
    ]);
  });

  it('lists the allowed values of an unknown enum value', () => {
    const [error] = errorsOf({ ...base, counterpart: { legalForm: 'forening' } });
    expect(error).toEqual({
      path: 'counterpart.legalForm',
      code: 'not-one-of',
      message:
        'expected one of ideell-forening, stiftelse, ekonomisk-forening, svb-aktiebolag, ' +
        'aktiebolag, trossamfund, other, or null when unknown (got "forening")',
    });
    expect(errorsOf({ ...base, counterpart: { legalForm: 'forening' } }, 'sv')[0]?.message).toMatch(
      /^ska vara en av ideell-forening, stiftelse, .*, eller null om okänt \(inte "forening"\)$/,
    );
  });

  it('names an unknown field and the fields allowed beside it', () => {
    expect(errorsOf({ ...base, buyer: { kind: 'region', typ: 'x' } })).toEqual([
      {
        path: 'buyer.typ',
        code: 'unknown-field',
        message: 'unknown field "typ"; the fields here are kind, name, orgnr',
      },
    ]);
  });

  it('rejects negative amounts and a share outside 0..1', () => {
    const errors = errorsOf({
      ...base,
      estimatedValueSek: -5,
      sameKindPurchasesThisFinancialYearSek: -1,
      counterpart: { shareDisadvantagedStaff: 1.5 },
    });
    expect(errors.map((e) => [e.path, e.code, e.message])).toEqual([
      ['estimatedValueSek', 'negative', 'must not be negative (got -5)'],
      ['sameKindPurchasesThisFinancialYearSek', 'negative', 'must not be negative (got -1)'],
      ['counterpart.shareDisadvantagedStaff', 'out-of-range', 'must be between 0 and 1 (got 1.5)'],
    ]);
  });

  it('rejects a duration that is not a whole number of months or is too long', () => {
    expect(errorsOf({ ...base, durationMonths: 1.5 }).map((e) => e.code)).toEqual(['wrong-type']);
    expect(errorsOf({ ...base, durationMonths: 601 })).toEqual([
      {
        path: 'durationMonths',
        code: 'out-of-range',
        message: 'must be between 0 and 600 (got 601)',
      },
    ]);
  });

  it('rejects numbers too large to be finite', () => {
    const input = JSON.parse('{"startDate":"2023-03-01","estimatedValueSek":1e400}') as unknown;
    expect(errorsOf(input)).toEqual([
      { path: 'estimatedValueSek', code: 'not-finite', message: 'must be a finite number' },
    ]);
  });

  it('rejects a date that is not in the calendar', () => {
    expect(errorsOf({ startDate: '2023-02-30' })).toEqual([
      {
        path: 'startDate',
        code: 'impossible-date',
        message: '2023-02-30 is not a date in the calendar',
      },
    ]);
    expect(errorsOf({ startDate: '2023-02-29' })[0]?.code).toBe('impossible-date');
    expect(validateCase({ startDate: '2024-02-29' }, 'sv').ok).toBe(true);
  });

  it('rejects a date in another form', () => {
    expect(errorsOf({ startDate: '1/3/2023' })).toEqual([
      {
        path: 'startDate',
        code: 'date-format',
        message: 'expected a date as YYYY-MM-DD (got "1/3/2023")',
      },
    ]);
  });

  it('rejects a start date before the rules samverka covers, and accepts their first day', () => {
    expect(errorsOf({ startDate: '2014-06-30' })).toEqual([
      {
        path: 'startDate',
        code: 'before-coverage',
        message: '2014-06-30 is outside the rules samverka covers, which start 2014-07-01',
      },
    ]);
    expect(errorsOf({ startDate: '2014-06-30' }, 'sv')[0]?.message).toBe(
      '2014-06-30 ligger utanför de regler samverka omfattar, som börjar 2014-07-01',
    );
    expect(validateCase({ startDate: '2014-07-01' }, 'sv').ok).toBe(true);
  });

  it('tells a wrong CPV check digit apart from a code that does not exist', () => {
    const errors = errorsOf({
      ...base,
      subject: { cpv: ['85311000-2', '85311000-3', '85311999-1', '853110002'] },
    });
    expect(errors).toEqual([
      {
        path: 'subject.cpv.3',
        code: 'cpv-format',
        message: 'expected a CPV code with its check digit, like 85311000-2 (got "853110002")',
      },
      {
        path: 'subject.cpv.1',
        code: 'cpv-check-digit',
        message: 'wrong check digit in CPV code 85311000-3: expected -2 (85311000-2)',
      },
      {
        path: 'subject.cpv.2',
        code: 'cpv-unknown',
        message: 'no such CPV code in CPV 2008: 85311999-1',
      },
    ]);
  });

  it('checks the organisationsnummer of buyer and counterpart', () => {
    const errors = errorsOf({
      ...base,
      buyer: { orgnr: '212000-0143' },
      counterpart: { orgnr: '801234-5678' },
    });
    expect(errors).toEqual([
      {
        path: 'buyer.orgnr',
        code: 'orgnr-check-digit',
        message: '212000-0143 is not an organisationsnummer: wrong check digit, expected 2',
      },
      {
        path: 'counterpart.orgnr',
        code: 'orgnr-month-digits',
        message:
          '801234-5678 is not an organisationsnummer: its third and fourth digits must be 20 or more',
      },
    ]);
    expect(errorsOf({ ...base, buyer: { orgnr: '21200' } })[0]?.code).toBe('orgnr-format');
    expect(validateCase({ ...base, buyer: { orgnr: '16212000-0142' } }, 'en').ok).toBe(true);
  });

  it('reports every problem at once', () => {
    const errors = errorsOf({
      startDate: '2023-02-30',
      buyer: { kind: 'kommun' },
      estimatedValueSek: -1,
      subject: { cpv: ['85311000-3'] },
    });
    expect(errors.map((e) => e.path).sort()).toEqual([
      'buyer.kind',
      'estimatedValueSek',
      'startDate',
      'subject.cpv.0',
    ]);
  });

  it('never throws and always names a path and a message, whatever the JSON value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ startDate: fc.oneof(fc.string(), fc.jsonValue()) }, { requiredKeys: [] }),
          fc.dictionary(
            fc.constantFrom('startDate', 'buyer', 'subject', 'counterpart', 'durationMonths'),
            fc.jsonValue(),
          ),
        ),
        fc.constantFrom(...LANGS),
        (input, lang) => {
          const result = validateCase(input, lang);
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const e of result.errors) {
              expect(typeof e.path).toBe('string');
              expect(e.message.length).toBeGreaterThan(0);
            }
          }
        },
      ),
    );
  });
});
