// Reads one knowledge page: YAML front matter, then a Swedish and an English Markdown part, each
// after a marker comment (`<!-- sv -->`, `<!-- en -->`).
import { parse } from 'yaml';
import { FORM_IDS, type FormId } from '../rules';
import {
  COMPARE_ASPECTS,
  PAGE_KINDS,
  type CompareAspect,
  type ContentProblem,
  type KnowledgePage,
  type LegalBasisItem,
  type PageKind,
} from './content-types';
import type { Localized } from '../engine';
import { FieldReader, isRecord } from './read-fields';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const MARKER = /^<!--\s*(sv|en)\s*-->\s*$/gm;

/** Splits a page into its front matter text and its language parts. */
export function splitPage(text: string): {
  frontMatter: string | null;
  parts: Partial<Record<'sv' | 'en', string>>;
  stray: string;
} {
  const fm = FRONT_MATTER.exec(text);
  const rest = fm === null ? text : text.slice(fm[0].length);
  const parts: Partial<Record<'sv' | 'en', string>> = {};
  const markers = [...rest.matchAll(MARKER)];
  const stray = rest.slice(0, markers[0]?.index ?? rest.length).trim();
  markers.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = markers[i + 1]?.index ?? rest.length;
    const lang = m[1] as 'sv' | 'en';
    parts[lang] = (parts[lang] ?? '') + rest.slice(start, end).trim();
  });
  return { frontMatter: fm?.[1] ?? null, parts, stray };
}

/** Parses a page file; `file` is its path under the content folder (`kunskap/iop.md`). */
export function parsePage(
  text: string,
  file: string,
): { page: KnowledgePage | null; problems: ContentProblem[] } {
  const r = new FieldReader(file);
  const { frontMatter, parts, stray } = splitPage(text);
  if (frontMatter === null) {
    r.problem('front matter', 'missing: the file must start with a --- block');
    return { page: null, problems: r.problems };
  }
  let data: unknown;
  try {
    data = parse(frontMatter);
  } catch (error) {
    r.problem('front matter', `not valid YAML: ${String(error)}`);
    return { page: null, problems: r.problems };
  }
  if (!isRecord(data)) {
    r.problem('front matter', 'must be a mapping');
    return { page: null, problems: r.problems };
  }
  const id = r.string(data, 'id');
  const expectedId = file.replace(/^.*\//, '').replace(/\.md$/, '');
  if (id !== '' && id !== expectedId) r.problem('id', `must equal the file name (${expectedId})`);
  const kind = data.kind as PageKind;
  if (!PAGE_KINDS.includes(kind)) r.problem('kind', `must be one of ${PAGE_KINDS.join(', ')}`);
  const isForm = kind === 'form';
  if (isForm && !FORM_IDS.includes(id as FormId)) {
    r.problem('id', `a form page must be named for a form id (${FORM_IDS.join(', ')})`);
  }
  if (stray !== '') r.problem('body', 'text before the first language marker (<!-- sv -->)');
  const body: Localized = { sv: parts.sv ?? '', en: parts.en ?? '' };
  for (const lang of ['sv', 'en'] as const) {
    if (body[lang] === '')
      r.problem(`body.${lang}`, `missing or empty: add a <!-- ${lang} --> part`);
  }
  const page: KnowledgePage = {
    id,
    kind,
    form: isForm ? (id as FormId) : null,
    title: r.localized(data, 'title'),
    summary: r.localized(data, 'summary'),
    sources: r.stringList(data, 'sources'),
    verifiedOn: r.isoDate(data, 'verifiedOn'),
    legalBasis: readLegalBasis(r, data, isForm),
    compare: readCompare(r, data, isForm),
    interview: readInterview(r, data, isForm),
    body,
    file,
  };
  return { page, problems: r.problems };
}

function readLegalBasis(
  r: FieldReader,
  data: Record<string, unknown>,
  required: boolean,
): LegalBasisItem[] {
  const v = data.legalBasis;
  if (v === undefined || v === null) {
    if (required) r.problem('legalBasis', 'a form page needs its legal basis');
    return [];
  }
  if (!Array.isArray(v) || v.length === 0) {
    r.problem('legalBasis', 'must be a non-empty list of { source, ref }');
    return [];
  }
  return v.map((item: unknown, i) => {
    if (!isRecord(item)) {
      r.problem(`legalBasis ${i + 1}`, 'must be a mapping with source and ref');
      return { source: '', ref: null };
    }
    return {
      source: r.string(item, 'source', `legalBasis ${i + 1}.source`),
      ref: r.optionalString(item, 'ref'),
    };
  });
}

function readCompare(
  r: FieldReader,
  data: Record<string, unknown>,
  required: boolean,
): Record<CompareAspect, Localized> | null {
  const v = data.compare;
  if (!isRecord(v)) {
    if (required) r.problem('compare', 'a form page needs its row of the comparison');
    return null;
  }
  const row = {} as Record<CompareAspect, Localized>;
  for (const aspect of COMPARE_ASPECTS) row[aspect] = r.localized(v, aspect, `compare.${aspect}`);
  return row;
}

const GOALS = ['buy', 'support', 'partner', 'choice', 'unsure'];

function readInterview(
  r: FieldReader,
  data: Record<string, unknown>,
  required: boolean,
): Record<string, string> {
  const v = data.interview;
  if (!isRecord(v)) {
    if (required) r.problem('interview', 'a form page needs interview.goal');
    return {};
  }
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(v)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      out[key] = String(value);
    } else {
      r.problem(`interview.${key}`, 'must be a single value');
    }
  }
  if (required && !GOALS.includes(out.goal ?? '')) {
    r.problem('interview.goal', `must be one of ${GOALS.join(', ')}`);
  }
  return out;
}
