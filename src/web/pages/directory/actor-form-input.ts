// An entry's form as posted and as shown: the typed values (kept as typed when the form is shown
// again), the raw input the domain checks, the values of a stored entry, and each problem's
// field as the id of the input it is about.
import type { ActorRecord } from '../../../directory/index';
import type { ActorRawInput, DirectoryFieldProblem } from '../../../domain/directory/index';
import type { Lang } from '../../../engine/index';
import { directoryProblemText } from '../../../domain/directory/index';

/** How many past collaborations the form has rows for. */
export const COLLABORATION_ROWS = 3;

/** The parts of one collaboration row. */
export const COLLABORATION_PARTS = ['title', 'partner', 'year', 'form', 'description'] as const;
/** One of {@link COLLABORATION_PARTS}. */
export type CollaborationPart = (typeof COLLABORATION_PARTS)[number];

/** The single-valued fields of the form, in the order they stand on the page. */
export const TEXT_FIELDS = [
  'orgnr',
  'name',
  'kind',
  'legalForm',
  'registeredIdeburen',
  'registeredIdeburenOn',
  'workIntegrationMainAim',
  'disadvantagedStaffShare',
  'cpv',
  'capacity',
  'description',
  'contactName',
  'contactEmail',
  'contactPhone',
  'website',
] as const;
/** One of {@link TEXT_FIELDS}. */
export type TextField = (typeof TEXT_FIELDS)[number];

/** The form as typed. */
export interface ActorFormValues {
  text: Partial<Record<TextField, string>>;
  areaCodes: string[];
  goals: string[];
  collaborations: Partial<Record<CollaborationPart, string>>[];
  /** the entry's version the form was filled from; empty for a new entry */
  version: string;
}

/** The id (and form name) of a part of a collaboration row. */
export function collaborationId(row: number, part: CollaborationPart): string {
  return `collaborations-${row}-${part}`;
}

/** Every value of a posted field, as text. */
function all(body: unknown, name: string): string[] {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  const list: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is string => typeof v === 'string');
}

function first(body: unknown, name: string): string {
  return all(body, name)[0] ?? '';
}

/** The form as posted. */
export function readActorForm(body: unknown): ActorFormValues {
  return {
    text: Object.fromEntries(TEXT_FIELDS.map((f) => [f, first(body, f)])),
    areaCodes: all(body, 'areaCodes'),
    goals: all(body, 'goals'),
    collaborations: Array.from({ length: COLLABORATION_ROWS }, (_, row) =>
      Object.fromEntries(COLLABORATION_PARTS.map((p) => [p, first(body, collaborationId(row, p))])),
    ),
    version: first(body, 'version'),
  };
}

/**
 * The form's share of staff as the domain reads it: the form asks for per cent, so a bare number
 * is a percentage (`0,5` is half a per cent, not a half).
 */
function shareAsPercent(typed: string): string {
  const trimmed = typed.trim();
  return /^\d+(?:[.,]\d+)?$/.test(trimmed) ? `${trimmed} %` : trimmed;
}

/** The input the domain checks. Empty collaboration rows are left out. */
export function actorRawInput(values: ActorFormValues): ActorRawInput {
  const t = values.text;
  return {
    orgnr: t.orgnr,
    name: t.name,
    kind: t.kind,
    legalForm: t.legalForm,
    registeredIdeburen: t.registeredIdeburen,
    registeredIdeburenOn: t.registeredIdeburenOn,
    workIntegrationMainAim: t.workIntegrationMainAim,
    disadvantagedStaffShare: shareAsPercent(t.disadvantagedStaffShare ?? ''),
    areaCodes: values.areaCodes,
    goals: values.goals,
    cpv: t.cpv,
    capacity: t.capacity,
    description: t.description,
    contactName: t.contactName,
    contactEmail: t.contactEmail,
    contactPhone: t.contactPhone,
    website: t.website,
    collaborations: values.collaborations.filter((row) =>
      COLLABORATION_PARTS.some((p) => (row[p] ?? '').trim() !== ''),
    ),
  };
}

function yesNoText(value: boolean | null): string {
  return value === null ? 'unknown' : value ? 'yes' : 'no';
}

/** A share of 0..1 as the per cent the form shows: 0.35 is `35`, 0.125 is `12,5`. */
export function percentText(share: number | null, lang: Lang): string {
  if (share === null) return '';
  const percent = String(Math.round(share * 1000) / 10);
  return lang === 'sv' ? percent.replace('.', ',') : percent;
}

/** The form filled from a stored entry. */
export function actorFormValues(record: ActorRecord, lang: Lang): ActorFormValues {
  return {
    text: {
      orgnr: record.orgnr,
      name: record.name,
      kind: record.kind,
      legalForm: record.legalForm ?? '',
      registeredIdeburen: yesNoText(record.registeredIdeburen),
      registeredIdeburenOn: record.registeredIdeburenOn ?? '',
      workIntegrationMainAim: yesNoText(record.workIntegrationMainAim),
      disadvantagedStaffShare: percentText(record.disadvantagedStaffShare, lang),
      cpv: record.cpv.join(', '),
      capacity: record.capacity,
      description: record.description,
      contactName: record.contactName,
      contactEmail: record.contactEmail,
      contactPhone: record.contactPhone,
      website: record.website,
    },
    areaCodes: [...record.areaCodes],
    goals: [...record.goals],
    collaborations: record.collaborations.slice(0, COLLABORATION_ROWS).map((c) => ({
      title: c.title,
      partner: c.partner,
      year: c.year === null ? '' : String(c.year),
      form: c.form ?? '',
      description: c.description,
    })),
    version: String(record.version),
  };
}

/** The id of the input a problem's field is about: `collaborations[1].year` is `collaborations-1-year`. */
export function problemFieldId(field: string): string {
  const row = /^collaborations\[(\d+)\]\.(\w+)$/.exec(field);
  return row ? `collaborations-${row[1]}-${row[2]}` : field;
}

/** The problems of a form by input id, in words. */
export type ActorFormErrors = Record<string, string[]>;

/**
 * The problems by input id. A problem of a kept collaboration row is moved to the row the
 * member typed it in, since empty rows before it were left out.
 */
export function actorFormErrors(
  values: ActorFormValues,
  problems: readonly DirectoryFieldProblem[],
  lang: Lang,
): ActorFormErrors {
  const keptRows = values.collaborations
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => COLLABORATION_PARTS.some((p) => (row[p] ?? '').trim() !== ''))
    .map(({ i }) => i);
  const errors: ActorFormErrors = {};
  for (const p of problems) {
    const field = p.field.replace(
      /^collaborations\[(\d+)\]/,
      (_, n: string) => `collaborations[${keptRows[Number(n)] ?? Number(n)}]`,
    );
    (errors[problemFieldId(field)] ??= []).push(directoryProblemText(p.problem, lang));
  }
  return errors;
}
