/**
 * Checks of a directory entry as it comes from a form, a CSV row or the API. Each value is taken
 * in the loose shapes those give (text, numbers, lists as arrays or `|`-separated text) and
 * either becomes a {@link ActorProfileInput} or a list of problems naming the field.
 */
import { FORM_IDS, type FormId, type LegalForm } from '../../rules/index';
import { cpvByCode, cpvByDigits } from '../../reference/index';
import { parseOrgnr } from '../orgnr/index';
import { isAreaCode } from './areas';
import { isActorKind, isGoalId, isLegalForm, type ActorKind } from './directory-codes';

/** Longest texts, as the database checks them. */
export const ACTOR_LIMITS = {
  name: 200,
  description: 5000,
  capacity: 2000,
  contactName: 200,
  contactEmail: 254,
  contactPhone: 40,
  website: 300,
  collaborationTitle: 200,
  collaborationPartner: 200,
  collaborationDescription: 1000,
  /** most codes in one list (areas, goals, CPV) */
  listItems: 300,
  collaborations: 20,
} as const;

/** What can be wrong with one field of an entry or a challenge. */
export type DirectoryProblem =
  | { code: 'required' }
  | { code: 'too-long'; max: number }
  | { code: 'too-many'; max: number }
  | { code: 'orgnr-format' }
  | { code: 'orgnr-month-digits' }
  | { code: 'orgnr-check-digit' }
  | { code: 'kind-unknown'; value: string }
  | { code: 'legal-form-unknown'; value: string }
  | { code: 'yes-no'; value: string }
  | { code: 'share-format'; value: string }
  | { code: 'share-range' }
  | { code: 'date-format'; value: string }
  | { code: 'date-order' }
  | { code: 'area-unknown'; value: string }
  | { code: 'goal-unknown'; value: string }
  | { code: 'cpv-format'; value: string }
  | { code: 'cpv-unknown'; value: string }
  | { code: 'cpv-check-digit'; value: string; expected: string }
  | { code: 'email-format' }
  | { code: 'url-format' }
  | { code: 'year-format'; value: string }
  | { code: 'form-unknown'; value: string }
  | { code: 'status-unknown'; value: string }
  | { code: 'amount-format'; value: string }
  | { code: 'case-invalid'; detail: string };

/** A problem and the field it is in: the input's key, with `[i].key` inside lists. */
export interface DirectoryFieldProblem {
  field: string;
  problem: DirectoryProblem;
}

/** A past collaboration as the organisation tells it. */
export interface Collaboration {
  title: string;
  /** the public body or organisation worked with */
  partner: string;
  year: number | null;
  /** the collaboration form id, when it was one of them */
  form: FormId | null;
  goals: string[];
  description: string;
}

/** A checked directory entry, as stored. Unknown facts are null. */
export interface ActorProfileInput {
  /** ten digits */
  orgnr: string;
  name: string;
  kind: ActorKind;
  legalForm: LegalForm | null;
  registeredIdeburen: boolean | null;
  /** YYYY-MM-DD */
  registeredIdeburenOn: string | null;
  workIntegrationMainAim: boolean | null;
  /** 0..1 */
  disadvantagedStaffShare: number | null;
  areaCodes: string[];
  goals: string[];
  cpv: string[];
  capacity: string;
  description: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  website: string;
  collaborations: Collaboration[];
}

/** The fields of an entry in the order forms, files and change lists show them. */
export const ACTOR_PROFILE_FIELDS = [
  'orgnr',
  'name',
  'kind',
  'legalForm',
  'registeredIdeburen',
  'registeredIdeburenOn',
  'workIntegrationMainAim',
  'disadvantagedStaffShare',
  'areaCodes',
  'goals',
  'cpv',
  'capacity',
  'description',
  'contactName',
  'contactEmail',
  'contactPhone',
  'website',
  'collaborations',
] as const satisfies readonly (keyof ActorProfileInput)[];

/** An entry as typed: every field may be missing, text, a number, a boolean or a list. */
export type ActorRawInput = Partial<Record<keyof ActorProfileInput, unknown>>;

/** The result of a check. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: DirectoryFieldProblem[] };

/**
 * Checks an entry. `kind` defaults to `ideburen`. Field names in problems are the keys of
 * {@link ActorProfileInput}.
 */
export function validateActorInput(raw: ActorRawInput): Checked<ActorProfileInput> {
  const problems: DirectoryFieldProblem[] = [];
  const add = (field: string, problem: DirectoryProblem) => problems.push({ field, problem });

  const orgnr = checkOrgnr('orgnr', raw.orgnr, add);
  const name = requiredText('name', raw.name, ACTOR_LIMITS.name, add);
  const kindText = text(raw.kind);
  let kind: ActorKind = 'ideburen';
  if (kindText !== '') {
    if (isActorKind(kindText)) kind = kindText;
    else add('kind', { code: 'kind-unknown', value: kindText });
  }
  const legalFormText = text(raw.legalForm);
  let legalForm: LegalForm | null = null;
  if (legalFormText !== '') {
    if (isLegalForm(legalFormText)) legalForm = legalFormText;
    else add('legalForm', { code: 'legal-form-unknown', value: legalFormText });
  }
  const registeredIdeburen = yesNo('registeredIdeburen', raw.registeredIdeburen, add);
  const registeredIdeburenOn = optionalDate('registeredIdeburenOn', raw.registeredIdeburenOn, add);
  const workIntegrationMainAim = yesNo('workIntegrationMainAim', raw.workIntegrationMainAim, add);
  const disadvantagedStaffShare = share(
    'disadvantagedStaffShare',
    raw.disadvantagedStaffShare,
    add,
  );
  const areaCodes = codeList('areaCodes', raw.areaCodes, add, (code) =>
    isAreaCode(code) ? undefined : { code: 'area-unknown', value: code },
  );
  const goals = codeList('goals', raw.goals, add, (code) =>
    isGoalId(code) ? undefined : { code: 'goal-unknown', value: code },
  );
  const cpv = cpvList('cpv', raw.cpv, add);
  const capacity = optionalText('capacity', raw.capacity, ACTOR_LIMITS.capacity, add);
  const description = optionalText('description', raw.description, ACTOR_LIMITS.description, add);
  const contactName = optionalText('contactName', raw.contactName, ACTOR_LIMITS.contactName, add);
  const contactEmail = optionalText(
    'contactEmail',
    raw.contactEmail,
    ACTOR_LIMITS.contactEmail,
    add,
  );
  if (contactEmail !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contactEmail)) {
    add('contactEmail', { code: 'email-format' });
  }
  const contactPhone = optionalText(
    'contactPhone',
    raw.contactPhone,
    ACTOR_LIMITS.contactPhone,
    add,
  );
  const website = optionalText('website', raw.website, ACTOR_LIMITS.website, add);
  if (website !== '' && !isWebAddress(website)) add('website', { code: 'url-format' });
  const collaborations = collaborationList(raw.collaborations, add);

  if (problems.length > 0 || orgnr === undefined) return { ok: false, problems };
  return {
    ok: true,
    value: {
      orgnr,
      name,
      kind,
      legalForm,
      registeredIdeburen,
      registeredIdeburenOn,
      workIntegrationMainAim,
      disadvantagedStaffShare,
      areaCodes,
      goals,
      cpv,
      capacity,
      description,
      contactName,
      contactEmail,
      contactPhone,
      website,
      collaborations,
    },
  };
}

type Add = (field: string, problem: DirectoryProblem) => void;

/** A value as trimmed text; numbers and booleans written out, anything else empty. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return '';
}

function checkOrgnr(field: string, value: unknown, add: Add): string | undefined {
  const typed = text(value);
  if (typed === '') {
    add(field, { code: 'required' });
    return undefined;
  }
  const parsed = parseOrgnr(typed);
  if (!parsed.ok) {
    add(field, { code: `orgnr-${parsed.problem}` });
    return undefined;
  }
  return parsed.digits;
}

/** Required text of at most `max` characters. */
export function requiredText(field: string, value: unknown, max: number, add: Add): string {
  const typed = text(value);
  if (typed === '') add(field, { code: 'required' });
  else if ([...typed].length > max) add(field, { code: 'too-long', max });
  return typed;
}

/** Optional text of at most `max` characters; empty when missing. */
export function optionalText(field: string, value: unknown, max: number, add: Add): string {
  const typed = text(value);
  if ([...typed].length > max) add(field, { code: 'too-long', max });
  return typed;
}

const YES = new Set(['true', 'ja', 'yes', 'j', 'y', '1', 'x']);
const NO = new Set(['false', 'nej', 'no', 'n', '0']);

/** Yes, no, or unknown (missing or empty). */
export function yesNo(field: string, value: unknown, add: Add): boolean | null {
  if (typeof value === 'boolean') return value;
  const typed = text(value).toLowerCase();
  if (typed === '' || typed === 'null' || typed === 'unknown' || typed === 'vet-ej') return null;
  if (YES.has(typed)) return true;
  if (NO.has(typed)) return false;
  add(field, { code: 'yes-no', value: typed });
  return null;
}

/**
 * A share of 0..1. Numbers are fractions. Text may be a fraction (`0,35`, `0.35`) or a
 * percentage (`35 %`, `35%`, or a number above 1 such as `35`).
 */
export function share(field: string, value: unknown, add: Add): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0 || value > 1) {
      add(field, { code: 'share-range' });
      return null;
    }
    return value;
  }
  const typed = text(value);
  if (typed === '') return null;
  const match = /^(\d+(?:[.,]\d+)?)\s*(%)?$/.exec(typed);
  if (!match) {
    add(field, { code: 'share-format', value: typed });
    return null;
  }
  const number = Number(match[1]!.replace(',', '.'));
  const fraction = match[2] !== undefined || number > 1 ? number / 100 : number;
  if (fraction < 0 || fraction > 1) {
    add(field, { code: 'share-range' });
    return null;
  }
  return Math.round(fraction * 1000) / 1000;
}

/** An optional calendar date YYYY-MM-DD. */
export function optionalDate(field: string, value: unknown, add: Add): string | null {
  const typed = text(value);
  if (typed === '') return null;
  if (!isCalendarDate(typed)) {
    add(field, { code: 'date-format', value: typed });
    return null;
  }
  return typed;
}

/** Whether `value` is a real day written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The items of a list given as an array or as text separated by `|`, commas or new lines. */
export function listItems(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => text(v)).filter((v) => v !== '');
  return text(value)
    .split(/[|,\n\r]+/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** A list of codes, each checked by `check`, without repeats, in the order given. */
export function codeList(
  field: string,
  value: unknown,
  add: Add,
  check: (code: string) => DirectoryProblem | undefined,
): string[] {
  const items = [...new Set(listItems(value))];
  if (items.length > ACTOR_LIMITS.listItems) {
    add(field, { code: 'too-many', max: ACTOR_LIMITS.listItems });
    return [];
  }
  const good: string[] = [];
  for (const item of items) {
    const problem = check(item);
    if (problem) add(field, problem);
    else good.push(item);
  }
  return good;
}

/** A list of CPV codes with check digits; a code without one is given its check digit. */
export function cpvList(field: string, value: unknown, add: Add): string[] {
  return codeList(field, value, add, (code) => {
    if (!/^\d{8}(-\d)?$/.test(code)) return { code: 'cpv-format', value: code };
    const entry = cpvByDigits(code.slice(0, 8));
    if (!entry) return { code: 'cpv-unknown', value: code };
    if (code.length > 8 && !cpvByCode(code)) {
      return { code: 'cpv-check-digit', value: code, expected: entry.code };
    }
    return undefined;
  }).map((code) => cpvByDigits(code.slice(0, 8))!.code);
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function collaborationList(value: unknown, add: Add): Collaboration[] {
  if (value === undefined || value === null || value === '') return [];
  if (!Array.isArray(value)) {
    add('collaborations', { code: 'required' });
    return [];
  }
  if (value.length > ACTOR_LIMITS.collaborations) {
    add('collaborations', { code: 'too-many', max: ACTOR_LIMITS.collaborations });
    return [];
  }
  return value.map((item: unknown, i) => {
    const raw = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const at = (key: string) => `collaborations[${i}].${key}`;
    const title = requiredText(at('title'), raw.title, ACTOR_LIMITS.collaborationTitle, add);
    const partner = optionalText(
      at('partner'),
      raw.partner,
      ACTOR_LIMITS.collaborationPartner,
      add,
    );
    const yearText = text(raw.year);
    let year: number | null = null;
    if (yearText !== '') {
      if (/^(19|20)\d{2}$/.test(yearText)) year = Number(yearText);
      else add(at('year'), { code: 'year-format', value: yearText });
    }
    const formText = text(raw.form);
    let form: FormId | null = null;
    if (formText !== '') {
      if ((FORM_IDS as readonly string[]).includes(formText)) form = formText as FormId;
      else add(at('form'), { code: 'form-unknown', value: formText });
    }
    const goals = codeList(at('goals'), raw.goals, add, (code) =>
      isGoalId(code) ? undefined : { code: 'goal-unknown', value: code },
    );
    const description = optionalText(
      at('description'),
      raw.description,
      ACTOR_LIMITS.collaborationDescription,
      add,
    );
    return { title, partner, year, form, goals, description };
  });
}
