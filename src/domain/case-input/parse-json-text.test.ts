import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from './json-error-locator';
import { parseJsonText } from './parse-json-text';

describe('parseJsonText', () => {
  it('returns the value of valid JSON, ignoring a byte order mark', () => {
    expect(parseJsonText('\ufeff{"startDate":"2023-03-01"}', 'sv')).toEqual({
      ok: true,
      value: { startDate: '2023-03-01' },
    });
  });

  it('names line, column and the offending character of malformed JSON', () => {
    const text = '{\n  "startDate": "2023-03-01",\n}';
    expect(parseJsonText(text, 'en')).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          code: 'invalid-json',
          message: 'malformed JSON at line 3, column 1: unexpected "}"',
        },
      ],
    });
    const sv = parseJsonText(text, 'sv');
    expect(sv.ok ? null : sv.errors[0]?.message).toBe(
      'felaktig JSON på rad 3, kolumn 1: oväntat "}"',
    );
  });

  it('says when the text ends too early', () => {
    const result = parseJsonText('{"startDate": "2023', 'en');
    expect(result.ok ? null : result.errors[0]?.message).toBe(
      'malformed JSON at line 1, column 20: the text ends too early',
    );
  });

  it('gives one error for empty input', () => {
    expect(parseJsonText('  \n', 'en')).toEqual({
      ok: false,
      errors: [
        { path: '', code: 'empty-input', message: 'no input: expected a case as a JSON object' },
      ],
    });
  });

  it('locates errors in very deep nesting without exhausting the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(199_999) + '}';
    expect(locateJsonError(deep)).toMatchObject({ offset: 399_999, found: '}' });
  });
});

describe('locateJsonError', () => {
  const agreesWithJsonParse = (text: string) => {
    let valid = true;
    try {
      JSON.parse(text);
    } catch {
      valid = false;
    }
    expect(locateJsonError(text) === undefined).toBe(valid);
  };

  it('finds no error in any JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonError(text)).toBeUndefined();
      }),
    );
  });

  it('agrees with JSON.parse on mutilated JSON texts', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 3 }), (text, at, insert) => {
        const i = at % (text.length + 1);
        agreesWithJsonParse(text.slice(0, i) + insert + text.slice(i + 1));
      }),
    );
  });

  it('agrees with JSON.parse on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'{}[]",:0123456789.eE+-tfnrul \\\n') }),
        (text) => {
          agreesWithJsonParse(text);
        },
      ),
    );
  });
});
