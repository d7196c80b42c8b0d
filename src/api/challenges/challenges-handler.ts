// The board's API: list and post challenges (GET and POST /api/v1/challenges), read and change
// one (GET and PATCH /api/v1/challenges/{id}), the interest in it (GET and POST
// /api/v1/challenges/{id}/interests), the poster's first message to an organisation that fits
// (POST /api/v1/challenges/{id}/contacts) and a conversation's messages (GET and POST
// /api/v1/interests/{id}/messages). Reading the board is public; everything else asks apiAccess
// for its action. A conversation is its two parties' only: to anyone else, and for any id that
// is not a UUID, it is answered 404 like one that does not exist.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findOrganisation, isUuid } from '../../accounts/index';
import {
  contactActor,
  createChallenge,
  findChallenge,
  findConversation,
  listChallenges,
  listInterestsOfChallenge,
  openFormsOf,
  registerInterest,
  sendMessage,
  updateChallenge,
  type ChallengeRecord,
  type Conversation,
  type InterestNotice,
  type InterestSummary,
  type OpenForms,
} from '../../challenges/index';
import { describeProblem, validateCase } from '../../domain/case-input';
import {
  CHALLENGE_KINDS,
  isAreaCode,
  isChallengeStatus,
  isGoalId,
  validateChallengeInput,
  type ChallengeKind,
  type ChallengeRawInput,
  type ChallengeStatus,
} from '../../domain/directory/index';
import { accountProblemText, checkOrgnrField } from '../../domain/accounts/index';
import type { Lang } from '../../engine';
import type { Case } from '../../rules';
import { apiAccess } from '../../web/auth/access-guard';
import { challengesApiMessages } from './challenges-api-messages';
import { siteOrigin } from '../../web/pages/account/site-origin';
import { checkMessage } from '../../web/pages/challenges/message-input';
import { notifyOtherSide } from '../../web/pages/challenges/interest-notifications';
import { sendErrors, type ApiError } from '../api-errors';
import { directoryError, directoryFieldErrors } from '../directory-errors';
import { bodyObject, integerParamInto, notOneOf } from '../json-request';
import { langProblem, queryValue, requestLang } from '../request-lang';

const JSON_TYPE = 'application/json; charset=utf-8';

function send(reply: FastifyReply, status: number, body: unknown, cache = 'private, no-store') {
  return reply
    .code(status)
    .type(JSON_TYPE)
    .header('cache-control', cache)
    .send(JSON.stringify(body));
}

function notFound(reply: FastifyReply, lang: Lang, what: 'challenge' | 'interest'): FastifyReply {
  const t = challengesApiMessages(lang);
  return sendErrors(reply, 404, [
    {
      path: 'id',
      code: 'not-found',
      message: what === 'challenge' ? t.challengeNotFound : t.interestNotFound,
    },
  ]);
}

function presentOpenForms(open: OpenForms) {
  if (open.status !== 'assessed') return open;
  const { assessment } = open;
  return {
    status: open.status,
    asOf: assessment.asOf,
    ruleSet: assessment.ruleSet,
    forms: assessment.options.map((o) => ({
      form: o.form,
      label: o.label,
      verdict: o.verdict,
      conditions: o.conditions,
      reasons: o.reasons,
      risks: o.risks,
    })),
  };
}

function presentChallenge(c: ChallengeRecord, detail?: { lang: Lang }) {
  return {
    id: c.id,
    kind: c.kind,
    organisation: { id: c.organisationId, name: c.organisationName },
    title: c.title,
    description: c.description,
    goals: c.goals,
    areaCodes: c.areaCodes,
    cpv: c.cpv,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    budgetSek: c.budgetSek,
    status: c.status,
    hasCaseFacts: c.caseFacts !== null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
    ...(detail && {
      case: c.caseFacts,
      openForms: presentOpenForms(openFormsOf(c.caseFacts, detail.lang)),
    }),
  };
}

function presentInterest(i: InterestSummary) {
  return {
    id: i.id,
    challengeId: i.challengeId,
    challengeTitle: i.challengeTitle,
    poster: { id: i.posterOrganisationId, name: i.posterOrganisationName },
    interested: { id: i.interestedOrganisationId, name: i.interestedOrganisationName },
    createdAt: i.createdAt.toISOString(),
    lastActivityAt: i.lastActivityAt.toISOString(),
    messageCount: i.messageCount,
  };
}

function presentConversation(c: Conversation) {
  return {
    interest: presentInterest(c.interest),
    messages: c.messages.map((m) => ({
      id: m.id,
      fromOrganisation: { id: m.fromOrganisationId, name: m.fromOrganisationName },
      authorName: m.authorName,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
    })),
  };
}

function challengeApiPath(id: string): string {
  return `/api/v1/challenges/${id}`;
}

function pathId(request: FastifyRequest): string {
  const id = (request.params as { id?: unknown }).id;
  return typeof id === 'string' ? id : '';
}

/** `GET /api/v1/challenges`: the board, public. */
export async function getChallenges(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const lang = requestLang(request);
  const errors: ApiError[] = [];
  const badLang = langProblem(request, lang);
  if (badLang) errors.push(badLang);
  const q = queryValue(request, 'q') ?? '';
  if ([...q].length > 200) {
    errors.push(directoryError('q', { code: 'too-long', max: 200 }, lang));
  }
  const kind = queryValue(request, 'kind');
  if (kind !== undefined && !(CHALLENGE_KINDS as readonly string[]).includes(kind)) {
    errors.push(notOneOf('kind', CHALLENGE_KINDS, kind, lang));
  }
  const statuses = (queryValue(request, 'status') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const s of statuses) {
    if (!isChallengeStatus(s)) {
      errors.push(directoryError('status', { code: 'status-unknown', value: s }, lang));
    }
  }
  const goal = queryValue(request, 'goal');
  if (goal !== undefined && !isGoalId(goal)) {
    errors.push(directoryError('goal', { code: 'goal-unknown', value: goal }, lang));
  }
  const area = queryValue(request, 'area');
  if (area !== undefined && !isAreaCode(area)) {
    errors.push(directoryError('area', { code: 'area-unknown', value: area }, lang));
  }
  const limit = integerParamInto(
    request,
    'limit',
    { min: 1, max: 100, fallback: 20 },
    lang,
    errors,
  );
  const offset = integerParamInto(
    request,
    'offset',
    { min: 0, max: 1_000_000, fallback: 0 },
    lang,
    errors,
  );
  if (errors.length > 0) return sendErrors(reply, 400, errors);
  const list = await listChallenges(request.server.db, {
    q,
    kind: kind as ChallengeKind | undefined,
    status: statuses as ChallengeStatus[],
    goal,
    area,
    limit,
    offset,
  });
  return send(
    reply,
    200,
    {
      items: list.items.map((c) => presentChallenge(c)),
      total: list.total,
      limit,
      offset,
    },
    'no-cache',
  );
}

const CHALLENGE_BODY_FIELDS = [
  'title',
  'description',
  'goals',
  'areaCodes',
  'cpv',
  'startsOn',
  'endsOn',
  'budgetSek',
  'status',
  'case',
] as const;

/** The challenge fields and case facts of a body, checked; `base` fills fields a change leaves out. */
function readChallengeBody(
  body: Record<string, unknown>,
  lang: Lang,
  base: ChallengeRawInput = {},
):
  | {
      ok: true;
      input: ReturnType<typeof validateChallengeInput> & { ok: true };
      facts: Case | null | undefined;
    }
  | { ok: false; errors: ApiError[] } {
  const raw: ChallengeRawInput = { ...base };
  for (const field of CHALLENGE_BODY_FIELDS) {
    if (field !== 'case' && field in body) raw[field] = body[field];
  }
  const checked = validateChallengeInput(raw);
  const errors: ApiError[] = checked.ok ? [] : directoryFieldErrors(checked.problems, lang);
  let facts: Case | null | undefined;
  if (body.case === null) facts = null;
  else if (body.case !== undefined) {
    const validated = validateCase(body.case, lang);
    if (validated.ok) facts = validated.value;
    else {
      errors.push(
        ...validated.errors.map((e) => ({
          path: e.path === '' ? 'case' : `case.${e.path}`,
          code: e.code,
          message: e.message,
        })),
      );
    }
  }
  if (!checked.ok || errors.length > 0) return { ok: false, errors };
  return { ok: true, input: checked, facts };
}

/** `POST /api/v1/challenges`: a challenge (public body) or initiative (anyone else) posted. */
export async function postChallenge(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const caller = apiAccess(request, reply, 'challenge.create');
  if (!caller) return reply;
  const lang = requestLang(request);
  const badLang = langProblem(request, lang);
  if (badLang) return sendErrors(reply, 400, [badLang]);
  const body = bodyObject(request, lang, CHALLENGE_BODY_FIELDS);
  if (!body.ok) return sendErrors(reply, 400, body.errors);
  const read = readChallengeBody(body.value, lang);
  if (!read.ok) return sendErrors(reply, 400, read.errors);
  const organisation = await findOrganisation(request.server.db, caller.organisationId);
  if (!organisation) return notFound(reply, lang, 'challenge');
  const created = await createChallenge(request.server.db, {
    organisation: { id: organisation.id, kind: organisation.kind },
    input: read.input.value,
    caseFacts: read.facts ?? null,
    actor: caller.actor,
    now: request.server.now(),
  });
  void reply.header('location', challengeApiPath(created.id));
  return send(reply, 201, presentChallenge(created, { lang }));
}

/** `GET /api/v1/challenges/{id}`: one challenge with the forms the engine finds open, public. */
export async function getChallenge(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const lang = requestLang(request);
  const badLang = langProblem(request, lang);
  if (badLang) return sendErrors(reply, 400, [badLang]);
  const challenge = await findChallenge(request.server.db, pathId(request));
  if (!challenge) return notFound(reply, lang, 'challenge');
  return send(reply, 200, presentChallenge(challenge, { lang }), 'no-cache');
}

/** `PATCH /api/v1/challenges/{id}`: the poster's organisation changes its challenge. */
export async function patchChallenge(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const caller = apiAccess(request, reply, 'challenge.update');
  if (!caller) return reply;
  const lang = requestLang(request);
  const badLang = langProblem(request, lang);
  if (badLang) return sendErrors(reply, 400, [badLang]);
  const challenge = await findChallenge(request.server.db, pathId(request));
  if (!challenge || challenge.organisationId !== caller.organisationId) {
    return notFound(reply, lang, 'challenge');
  }
  const body = bodyObject(request, lang, [...CHALLENGE_BODY_FIELDS, 'version']);
  if (!body.ok) return sendErrors(reply, 400, body.errors);
  const errors: ApiError[] = [];
  const version = body.value.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    const p =
      version === undefined
        ? { code: 'missing' as const, field: 'version' }
        : {
            code: 'wrong-type' as const,
            expected: ['integer' as const],
            actual: 'string' as const,
          };
    errors.push({ path: 'version', code: p.code, message: describeProblem(p, lang) });
  }
  const read = readChallengeBody(body.value, lang, {
    title: challenge.title,
    description: challenge.description,
    goals: challenge.goals,
    areaCodes: challenge.areaCodes,
    cpv: challenge.cpv,
    startsOn: challenge.startsOn,
    endsOn: challenge.endsOn,
    budgetSek: challenge.budgetSek,
    status: challenge.status,
  });
  if (!read.ok) errors.push(...read.errors);
  if (errors.length > 0 || !read.ok || typeof version !== 'number') {
    return sendErrors(reply, 400, errors);
  }
  const result = await updateChallenge(request.server.db, {
    organisationId: caller.organisationId,
    id: challenge.id,
    input: read.input.value,
    caseFacts: read.facts,
    expectedVersion: version,
    actor: caller.actor,
    now: request.server.now(),
  });
  if (!result.ok && result.reason === 'not-found') return notFound(reply, lang, 'challenge');
  if (!result.ok) {
    return sendErrors(reply, 409, [
      {
        path: 'version',
        code: 'version-conflict',
        message: challengesApiMessages(lang).versionConflict(result.current.version),
      },
    ]);
  }
  return send(reply, 200, presentChallenge(result.challenge, { lang }));
}

/** `GET /api/v1/challenges/{id}/interests`: for the poster's organisation only. */
export async function getInterests(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const caller = apiAccess(request, reply, 'interest.read');
  if (!caller) return reply;
  const lang = requestLang(request);
  const interests = await listInterestsOfChallenge(request.server.db, {
    challengeId: pathId(request),
    organisationId: caller.organisationId,
  });
  if (!interests) return notFound(reply, lang, 'challenge');
  return send(reply, 200, { items: interests.map(presentInterest) });
}

/** `POST /api/v1/challenges/{id}/interests`: the caller's organisation registers interest. */
export async function postInterest(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const caller = apiAccess(request, reply, 'interest.write');
  if (!caller) return reply;
  const lang = requestLang(request);
  const badLang = langProblem(request, lang);
  if (badLang) return sendErrors(reply, 400, [badLang]);
  const db = request.server.db;
  const challenge = await findChallenge(db, pathId(request));
  if (!challenge) return notFound(reply, lang, 'challenge');
  const body = bodyObject(request, lang, ['message']);
  if (!body.ok) return sendErrors(reply, 400, body.errors);
  const message = typeof body.value.message === 'string' ? body.value.message : '';
  const problems = checkMessage(message, lang);
  if (problems.length > 0) {
    return sendErrors(
      reply,
      400,
      problems.map((text) => ({ path: 'message', code: 'invalid', message: text })),
    );
  }
  const organisation = await findOrganisation(db, caller.organisationId);
  if (!organisation) return notFound(reply, lang, 'challenge');
  const now = request.server.now();
  const result = await registerInterest(db, {
    challengeId: challenge.id,
    organisation: { id: organisation.id, name: organisation.name },
    message: message.trim(),
    actor: caller.actor,
    now,
  });
  const t = challengesApiMessages(lang);
  if (!result.ok) {
    if (result.reason === 'not-found') return notFound(reply, lang, 'challenge');
    return sendErrors(reply, 409, [
      {
        path: 'id',
        code: result.reason,
        message: result.reason === 'own-challenge' ? t.ownChallenge : t.closed,
      },
    ]);
  }
  return sendOpenedConversation(request, reply, caller.organisationId, result, now);
}

/**
 * After a first message (interest registered, or the poster writing to an organisation): tells
 * the other side, and answers with the conversation — 201 when it was opened, 200 when the
 * message was added to one the two organisations already had.
 */
async function sendOpenedConversation(
  request: FastifyRequest,
  reply: FastifyReply,
  organisationId: string,
  result: { interestId: string; created: boolean; messageId: string; notice: InterestNotice },
  now: Date,
): Promise<FastifyReply> {
  await notifyOtherSide(request.server, result.notice, siteOrigin(request), now);
  const conversation = await findConversation(request.server.db, {
    interestId: result.interestId,
    organisationId,
  });
  if (!conversation) throw new Error(`interest ${result.interestId} was saved but cannot be read`);
  void reply.header('location', `/api/v1/interests/${result.interestId}/messages`);
  return send(reply, result.created ? 201 : 200, {
    interest: presentInterest(conversation.interest),
    created: result.created,
    messageId: result.messageId,
  });
}

/** `POST /api/v1/challenges/{id}/contacts`: the poster writes first to an organisation that fits. */
export async function postContact(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const caller = apiAccess(request, reply, 'interest.write');
  if (!caller) return reply;
  const lang = requestLang(request);
  const badLang = langProblem(request, lang);
  if (badLang) return sendErrors(reply, 400, [badLang]);
  const db = request.server.db;
  const challenge = await findChallenge(db, pathId(request));
  if (!challenge || challenge.organisationId !== caller.organisationId) {
    return notFound(reply, lang, 'challenge');
  }
  const body = bodyObject(request, lang, ['orgnr', 'message']);
  if (!body.ok) return sendErrors(reply, 400, body.errors);
  const errors: ApiError[] = [];
  const orgnr = checkOrgnrField(
    'orgnr',
    typeof body.value.orgnr === 'string' ? body.value.orgnr.slice(0, 20) : '',
  );
  if (!orgnr.ok) {
    for (const p of orgnr.problems) {
      errors.push({
        path: 'orgnr',
        code: p.problem.code,
        message: accountProblemText(p.problem, lang),
      });
    }
  }
  const message = typeof body.value.message === 'string' ? body.value.message : '';
  for (const text of checkMessage(message, lang)) {
    errors.push({ path: 'message', code: 'invalid', message: text });
  }
  if (errors.length > 0 || !orgnr.ok) return sendErrors(reply, 400, errors);
  const now = request.server.now();
  const result = await contactActor(db, {
    challengeId: challenge.id,
    posterOrganisationId: caller.organisationId,
    actorOrgnr: orgnr.digits,
    message: message.trim(),
    actor: caller.actor,
    now,
  });
  const t = challengesApiMessages(lang);
  if (!result.ok) {
    if (result.reason === 'not-found') {
      return sendErrors(reply, 404, [
        { path: 'orgnr', code: 'not-found', message: t.actorNotFound },
      ]);
    }
    const text = {
      'not-claimed': t.notClaimed,
      'own-organisation': t.ownOrganisation,
      closed: t.contactClosed,
    }[result.reason];
    return sendErrors(reply, 409, [{ path: 'orgnr', code: result.reason, message: text }]);
  }
  return sendOpenedConversation(request, reply, caller.organisationId, result, now);
}

/** `GET /api/v1/interests/{id}/messages`: the conversation, for its two parties only. */
export async function getMessages(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const caller = apiAccess(request, reply, 'interest.read');
  if (!caller) return reply;
  const lang = requestLang(request);
  const id = pathId(request);
  const conversation = isUuid(id)
    ? await findConversation(request.server.db, {
        interestId: id,
        organisationId: caller.organisationId,
      })
    : undefined;
  if (!conversation) return notFound(reply, lang, 'interest');
  return send(reply, 200, presentConversation(conversation));
}

/** `POST /api/v1/interests/{id}/messages`: one of the two parties writes. */
export async function postMessage(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const caller = apiAccess(request, reply, 'interest.write');
  if (!caller) return reply;
  const lang = requestLang(request);
  const badLang = langProblem(request, lang);
  if (badLang) return sendErrors(reply, 400, [badLang]);
  const db = request.server.db;
  const id = pathId(request);
  const conversation = isUuid(id)
    ? await findConversation(db, { interestId: id, organisationId: caller.organisationId })
    : undefined;
  if (!conversation) return notFound(reply, lang, 'interest');
  const body = bodyObject(request, lang, ['body']);
  if (!body.ok) return sendErrors(reply, 400, body.errors);
  const text = typeof body.value.body === 'string' ? body.value.body : '';
  const problems = checkMessage(text, lang);
  if (problems.length > 0) {
    return sendErrors(
      reply,
      400,
      problems.map((message) => ({ path: 'body', code: 'invalid', message })),
    );
  }
  const now = request.server.now();
  const result = await sendMessage(db, {
    interestId: conversation.interest.id,
    organisationId: caller.organisationId,
    body: text.trim(),
    actor: caller.actor,
    now,
  });
  if (!result.ok) return notFound(reply, lang, 'interest');
  await notifyOtherSide(request.server, result.notice, siteOrigin(request), now);
  const after = await findConversation(db, {
    interestId: conversation.interest.id,
    organisationId: caller.organisationId,
  });
  const message = after?.messages.find((m) => m.id === result.messageId);
  if (!message) throw new Error(`message ${result.messageId} was saved but cannot be read`);
  return send(reply, 201, presentConversation({ ...after!, messages: [message] }).messages[0]);
}
