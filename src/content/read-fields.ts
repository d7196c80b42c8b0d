// Small readers for YAML values: each returns the value or records a problem naming the field,
// so that one pass over a file lists every problem in it.
import type { Localized } from '../engine';
import { parse } from 'yaml';
import type { ContentProblem, Terms } from './content-types';

/** Collects the problems of one file. */
export class FieldReader {
  readonly problems: ContentProblem[] = [];
  constructor(readonly file: string) {}

  problem(field: string, message: string): void {
    this.problems.push({ file: this.file, message: `${field}: ${message}` });
  }

  string(obj: Record<string, unknown>, key: string, field = key): string {
    const v = obj[key];
    if (typeof v === 'string' && v.trim().length > 0) return v.trim();
    if (typeof v === 'number' || v instanceof Date) return String(v);
    this.problem(field, 'missing or empty text');
    return '';
  }

  optionalString(obj: Record<string, unknown>, key: string): string | null {
    const v = obj[key];
    if (v === undefined || v === null) return null;
    if (typeof v === 'string') return v.trim();
    if (typeof v === 'number') return String(v);
    this.problem(key, 'must be text');
    return null;
  }

  localized(obj: Record<string, unknown>, key: string, field = key): Localized {
    const v = obj[key];
    if (!isRecord(v)) {
      this.problem(field, 'missing: needs sv and en');
      return { sv: '', en: '' };
    }
    return { sv: this.string(v, 'sv', `${field}.sv`), en: this.string(v, 'en', `${field}.en`) };
  }

  stringList(obj: Record<string, unknown>, key: string, field = key): string[] {
    const v = obj[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) {
      this.problem(field, 'must be a list of texts');
      return [];
    }
    return (v as string[]).map((s) => s.trim());
  }

  terms(obj: Record<string, unknown>, key: string, required: boolean): Terms {
    const v = obj[key];
    if (!isRecord(v)) {
      if (required) this.problem(key, 'missing: needs sv and en terms');
      return { sv: [], en: [] };
    }
    const t = {
      sv: this.stringList(v, 'sv', `${key}.sv`),
      en: this.stringList(v, 'en', `${key}.en`),
    };
    if (required) {
      if (t.sv.length === 0) this.problem(`${key}.sv`, 'needs at least one term');
      if (t.en.length === 0) this.problem(`${key}.en`, 'needs at least one term');
    }
    return t;
  }

  isoDate(obj: Record<string, unknown>, key: string): string {
    const v = obj[key];
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) {
      this.problem(key, 'must be a date written YYYY-MM-DD');
      return '';
    }
    return s;
  }
}

/** True for a plain object (not an array, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads a YAML file that holds a list of mappings, calling `each` for every mapping with a reader
 * for its problems. A file that is not valid YAML or not a list gives one problem.
 */
export function readYamlList(
  text: string,
  file: string,
  what: string,
  each: (item: Record<string, unknown>, index: number, r: FieldReader) => void,
): ContentProblem[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return [{ file, message: `not valid YAML: ${String(error)}` }];
  }
  if (!Array.isArray(data)) return [{ file, message: `must be a list of ${what}` }];
  const problems: ContentProblem[] = [];
  data.forEach((item: unknown, index) => {
    const r = new FieldReader(file);
    if (isRecord(item)) each(item, index, r);
    else r.problem(`entry ${index + 1}`, 'must be a mapping');
    problems.push(...r.problems);
  });
  return problems;
}
