// The directory's API: search and read the listed entries (public), keep the organisation's own
// entry (profile.update) and suggest an organisation (directory.suggest, public bodies only).
// An orgnr that is not the caller's own is answered 404, exactly like an unknown one.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findOrganisation } from '../../accounts/index';
import {
  ACTOR_KINDS,
  GOAL_IDS,
  isActorKind,
  isGoalId,
  isLegalForm,
  validateActorInput,
  type ActorRawInput,
} from '../../domain/directory/index';
import {
  confirmOwnActor,
  findActorByOrgnr,
  saveOwnActor,
  searchActors,
  suggestActor,
  type ActorSearchQuery,
} from '../../directory/index';
import { parseOrgnr } from '../../domain/orgnr/index';
import type { Lang } from '../../engine';
import { LEGAL_FORMS } from '../../rules';
import { apiAccess } from '../../web/auth/access-guard';
import { sendErrors, type ApiError } from '../api-errors';
import { directoryFieldErrors } from '../directory-errors';
import { bodyObject, inputError, integerParamInto, sendJson } from '../json-request';
import { langProblem, queryValue, requestLang } from '../request-lang';
import { directoryApiMessages } from './directory-messages';
import { actorApiPath, presentActor, presentSearch } from './directory-presenter';
import { ENTRY_INPUT_FIELDS } from './directory-schema';
import { findCounty, findMunicipality } from '../../reference/index';

/** Every value of a query parameter given once or repeated. */
function queryValues(request: FastifyRequest, name: string): string[] {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  const all: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return all.filter((v): v is string => typeof v === 'string');
}

function notFound(reply: FastifyReply, lang: Lang): FastifyReply {
  return sendErrors(reply, 404, [
    { path: 'orgnr', code: 'not-found', message: directoryApiMessages(lang).notFound },
  ]);
}

/** The ten digits of the address's orgnr, when it is a valid organisationsnummer. */
function pathOrgnr(request: FastifyRequest): string | undefined {
  const typed = (request.params as { orgnr?: unknown }).orgnr;
  if (typeof typed !== 'string' || !/^\d{6}-?\d{4}$/.test(typed)) return undefined;
  const parsed = parseOrgnr(typed);
  return parsed.ok ? parsed.digits : undefined;
}

function booleanParam(
  request: FastifyRequest,
  name: string,
  lang: Lang,
  errors: ApiError[],
): boolean | undefined {
  const text = queryValue(request, name);
  if (text === undefined || text === '') return undefined;
  if (text === 'true') return true;
  if (text === 'false') return false;
  errors.push(
    inputError(name, { code: 'not-one-of', allowed: ['true', 'false'], actual: text }, lang),
  );
  return undefined;
}

/** The search a request asks for, or the problems with its parameters. */
function searchQuery(
  request: FastifyRequest,
  lang: Lang,
): { ok: true; query: ActorSearchQuery } | { ok: false; errors: ApiError[] } {
  const errors: ApiError[] = [];
  const badLang = langProblem(request, lang);
  if (badLang) errors.push(badLang);
  const query: ActorSearchQuery = {
    limit: integerParamInto(request, 'limit', { min: 1, max: 100, fallback: 20 }, lang, errors),
    offset: integerParamInto(
      request,
      'offset',
      { min: 0, max: 100_000, fallback: 0 },
      lang,
      errors,
    ),
  };
  const q = queryValue(request, 'q');
  if (q !== undefined && q.trim() !== '') {
    if ([...q].length > 200) errors.push(inputError('q', { code: 'too-long', max: 200 }, lang));
    else query.q = q;
  }
  const kommun = queryValue(request, 'kommun');
  if (kommun !== undefined && kommun !== '') {
    if (findMunicipality(kommun)) query.kommun = kommun;
    else
      errors.push(
        directoryFieldErrors(
          [{ field: 'kommun', problem: { code: 'area-unknown', value: kommun } }],
          lang,
        )[0]!,
      );
  }
  const lan = queryValue(request, 'lan');
  if (lan !== undefined && lan !== '') {
    if (findCounty(lan)) query.lan = lan;
    else
      errors.push(
        directoryFieldErrors(
          [{ field: 'lan', problem: { code: 'area-unknown', value: lan } }],
          lang,
        )[0]!,
      );
  }
  const goals = queryValues(request, 'goal').filter((g) => g !== '');
  for (const goal of goals) {
    if (!isGoalId(goal)) {
      errors.push(
        inputError('goal', { code: 'not-one-of', allowed: [...GOAL_IDS], actual: goal }, lang),
      );
    }
  }
  if (goals.length > 0) query.goals = [...new Set(goals)];
  const legalForms = queryValues(request, 'legalForm').filter((g) => g !== '');
  for (const form of legalForms) {
    if (!isLegalForm(form)) {
      errors.push(
        inputError(
          'legalForm',
          { code: 'not-one-of', allowed: [...LEGAL_FORMS], actual: form },
          lang,
        ),
      );
    }
  }
  if (legalForms.length > 0) query.legalForms = [...new Set(legalForms)];
  const registered = booleanParam(request, 'registered', lang, errors);
  if (registered !== undefined) query.registered = registered;
  const workIntegration = booleanParam(request, 'workIntegration', lang, errors);
  if (workIntegration !== undefined) query.workIntegration = workIntegration;
  const kind = queryValue(request, 'kind');
  if (kind !== undefined && kind !== '') {
    if (isActorKind(kind)) query.kind = kind;
    else {
      errors.push(
        inputError('kind', { code: 'not-one-of', allowed: [...ACTOR_KINDS], actual: kind }, lang),
      );
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, query };
}

/** `GET /api/v1/organisations`. */
export async function getOrganisations(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const lang = requestLang(request);
  const parsed = searchQuery(request, lang);
  if (!parsed.ok) return sendErrors(reply, 400, parsed.errors);
  const result = await searchActors(request.server.db, parsed.query);
  return sendJson(reply, 200, presentSearch(result, parsed.query, lang));
}

/** `GET /api/v1/organisations/{orgnr}`: a listed entry. */
export async function getOrganisation(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const lang = requestLang(request);
  const badLang = langProblem(request, lang);
  if (badLang) return sendErrors(reply, 400, [badLang]);
  const orgnr = pathOrgnr(request);
  const record = orgnr === undefined ? undefined : await findActorByOrgnr(request.server.db, orgnr);
  if (!record) return notFound(reply, lang);
  return sendJson(reply, 200, presentActor(record, lang));
}

/** `PUT /api/v1/organisations/{orgnr}`: the caller organisation's own entry. */
export async function putOrganisation(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const caller = apiAccess(request, reply, 'profile.update');
  if (!caller) return reply;
  const lang = requestLang(request);
  const t = directoryApiMessages(lang);
  const orgnr = pathOrgnr(request);
  const organisation = await findOrganisation(request.server.db, caller.organisationId);
  if (orgnr === undefined || !organisation || organisation.orgnr !== orgnr) {
    return notFound(reply, lang);
  }
  if (organisation.kind === 'public-body') {
    return sendErrors(reply, 403, [{ path: 'orgnr', code: 'not-an-actor', message: t.notAnActor }]);
  }
  const badLang = langProblem(request, lang);
  if (badLang) return sendErrors(reply, 400, [badLang]);
  const body = bodyObject(request, lang, [...ENTRY_INPUT_FIELDS, 'version']);
  if (!body.ok) return sendErrors(reply, 400, body.errors);
  const { version, ...fields } = body.value;
  const errors: ApiError[] = [];
  if (version !== undefined && (!Number.isSafeInteger(version) || (version as number) < 1)) {
    errors.push(
      inputError('version', { code: 'below-minimum', min: 1, actual: Number(version) }, lang),
    );
  }
  const typedOrgnr = fields.orgnr;
  if (typedOrgnr !== undefined) {
    const parsed = typeof typedOrgnr === 'string' ? parseOrgnr(typedOrgnr) : undefined;
    if (!parsed?.ok || parsed.digits !== orgnr) {
      errors.push({ path: 'orgnr', code: 'orgnr-mismatch', message: t.orgnrMismatch });
    }
  }
  const checked = validateActorInput({ ...(fields as ActorRawInput), orgnr });
  if (!checked.ok) errors.push(...directoryFieldErrors(checked.problems, lang));
  if (errors.length > 0 || !checked.ok) return sendErrors(reply, 400, errors);
  const saved = await saveOwnActor(request.server.db, {
    organisation: { id: organisation.id, orgnr: organisation.orgnr, kind: organisation.kind },
    input: checked.value,
    ...(version !== undefined && { expectedVersion: version as number }),
    actor: caller.actor,
    now: request.server.now(),
  });
  switch (saved.outcome) {
    case 'created':
      void reply.header('location', actorApiPath(orgnr));
      return sendJson(reply, 201, presentActor(saved.record, lang));
    case 'updated':
    case 'claimed':
      return sendJson(reply, 200, presentActor(saved.record, lang));
    case 'conflict':
      return sendJson(reply, 409, {
        errors: [{ path: 'version', code: 'version-conflict', message: t.conflict }],
        current: presentActor(saved.current, lang),
      });
    case 'not-an-actor':
      return sendErrors(reply, 403, [
        { path: 'orgnr', code: 'not-an-actor', message: t.notAnActor },
      ]);
    case 'orgnr-mismatch':
      return notFound(reply, lang);
  }
}

/** `POST /api/v1/organisations/{orgnr}/confirmation`: the entry is right as it stands. */
export async function postConfirmation(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const caller = apiAccess(request, reply, 'profile.update');
  if (!caller) return reply;
  const lang = requestLang(request);
  const orgnr = pathOrgnr(request);
  const organisation = await findOrganisation(request.server.db, caller.organisationId);
  if (orgnr === undefined || !organisation || organisation.orgnr !== orgnr) {
    return notFound(reply, lang);
  }
  const confirmed = await confirmOwnActor(request.server.db, {
    organisationId: organisation.id,
    actor: caller.actor,
    now: request.server.now(),
  });
  if (!confirmed) {
    return sendErrors(reply, 404, [
      { path: 'orgnr', code: 'not-found', message: directoryApiMessages(lang).noEntry },
    ]);
  }
  return sendJson(reply, 200, presentActor(confirmed, lang));
}

/** `POST /api/v1/organisation-suggestions`: a public body suggests an organisation. */
export async function postSuggestion(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const caller = apiAccess(request, reply, 'directory.suggest');
  if (!caller) return reply;
  const lang = requestLang(request);
  const organisation = await findOrganisation(request.server.db, caller.organisationId);
  if (organisation?.kind !== 'public-body') {
    return sendErrors(reply, 403, [
      { path: '', code: 'not-a-public-body', message: directoryApiMessages(lang).notAPublicBody },
    ]);
  }
  const badLang = langProblem(request, lang);
  if (badLang) return sendErrors(reply, 400, [badLang]);
  const body = bodyObject(request, lang, ENTRY_INPUT_FIELDS);
  if (!body.ok) return sendErrors(reply, 400, body.errors);
  const checked = validateActorInput(body.value);
  if (!checked.ok) return sendErrors(reply, 400, directoryFieldErrors(checked.problems, lang));
  const outcome = await suggestActor(request.server.db, {
    suggestedBy: organisation.id,
    input: checked.value,
    actor: caller.actor,
    now: request.server.now(),
  });
  if (outcome === 'exists') return sendJson(reply, 200, { outcome });
  const saved = await findActorByOrgnr(request.server.db, checked.value.orgnr, {
    organisationId: organisation.id,
  });
  void reply.header('location', actorApiPath(checked.value.orgnr));
  return sendJson(reply, 201, { outcome, ...(saved && { entry: presentActor(saved, lang) }) });
}
