import type { ErrorObject } from 'ajv';
import type { CaseInputProblem, JsonType, LocatedProblem } from './case-input-problem';

/** The JSON type of a value, as the schema names it. */
export function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  return 'object';
}

/** `/subject/cpv/0` → `subject.cpv.0`. */
export function pointerToPath(pointer: string): string {
  if (pointer === '') return '';
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function child(path: string, field: string): string {
  return path === '' ? field : `${path}.${field}`;
}

function schemaNumber(schema: unknown, key: 'minimum' | 'maximum'): number | undefined {
  const value = (schema as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'number' ? value : undefined;
}

/** Turns ajv's errors (made with `verbose: true`) into located problems with stable codes. */
export function problemsFromAjv(errors: readonly ErrorObject[]): LocatedProblem[] {
  return errors.map((e) => {
    const path = pointerToPath(e.instancePath);
    const params = e.params as Record<string, unknown>;
    const data: unknown = e.data;
    switch (e.keyword) {
      case 'type': {
        const expected = params.type as JsonType | JsonType[];
        return at(path, {
          code: 'wrong-type',
          expected: Array.isArray(expected) ? expected : [expected],
          actual: jsonTypeOf(data),
        });
      }
      case 'enum':
        return at(path, {
          code: 'not-one-of',
          allowed: params.allowedValues as (string | null)[],
          actual: data,
        });
      case 'additionalProperties': {
        const field = String(params.additionalProperty);
        const properties = (e.parentSchema as { properties?: object } | undefined)?.properties;
        return at(child(path, field), {
          code: 'unknown-field',
          field,
          allowed: Object.keys(properties ?? {}),
        });
      }
      case 'required': {
        const field = String(params.missingProperty);
        return at(child(path, field), { code: 'missing', field });
      }
      case 'minimum':
      case 'maximum':
        return at(path, range(e.keyword, e.parentSchema, Number(data)));
      case 'maxLength':
        return at(path, { code: 'too-long', max: Number(params.limit) });
      case 'pattern':
        return at(path, pattern(path, String(data), String(params.pattern)));
      default:
        return at(path, { code: 'invalid', keyword: e.keyword });
    }
  });
}

function at(path: string, problem: CaseInputProblem): LocatedProblem {
  return { path, problem };
}

function range(keyword: 'minimum' | 'maximum', schema: unknown, actual: number): CaseInputProblem {
  const min = schemaNumber(schema, 'minimum');
  const max = schemaNumber(schema, 'maximum');
  if (min !== undefined && max !== undefined) return { code: 'out-of-range', min, max, actual };
  if (keyword === 'minimum') {
    return min === 0
      ? { code: 'negative', actual }
      : { code: 'below-minimum', min: min ?? 0, actual };
  }
  return { code: 'above-maximum', max: max ?? 0, actual };
}

// The schema's patterns stand for identifiers with their own names; the messages say which.
function pattern(path: string, actual: string, regex: string): CaseInputProblem {
  if (path === 'buyer.orgnr' || path === 'counterpart.orgnr')
    return { code: 'orgnr-format', actual };
  if (/^subject\.cpv\.\d+$/.test(path)) return { code: 'cpv-format', actual };
  return { code: 'pattern', pattern: regex };
}
