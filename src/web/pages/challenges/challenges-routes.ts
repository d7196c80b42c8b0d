// The pages of the board of challenges and initiatives, posting and editing, interest and its
// conversations, and the poster's first message to an organisation that fits. The board and a post's page are public; posting, editing, interest and the
// conversations ask for their action with pageAccess. A conversation is the two parties' only:
// to anyone else it is answered 404, exactly like one that does not exist, and so is any id that
// is not a UUID.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isUuid } from '../../../accounts/index';
import { findCase, listCases, type CaseSummary } from '../../../cases/index';
import {
  challengeKindOf,
  contactActor,
  createChallenge,
  findChallenge,
  findConversation,
  findInterestOfOrganisation,
  listChallenges,
  listConversationsOfOrganisation,
  listInterestsOfChallenge,
  openFormsOf,
  registerInterest,
  sendMessage,
  updateChallenge,
  type ChallengeRecord,
} from '../../../challenges/index';
import { roleAllows } from '../../../domain/accounts/index';
import {
  CHALLENGE_KINDS,
  directoryProblemText,
  isAreaCode,
  isChallengeStatus,
  isGoalId,
  validateChallengeInput,
  type ChallengeInput,
  type ChallengeKind,
} from '../../../domain/directory/index';
import { findActorByOrgnr } from '../../../directory/index';
import { parseOrgnr } from '../../../domain/orgnr/index';
import type { Lang } from '../../../engine/index';
import type { Case } from '../../../rules/index';
import { pageAccess, signInHref, type PageAccess } from '../../auth/access-guard';
import { formCsrfToken } from '../../auth/request-auth';
import { challengesMessages, type ChallengeFormField } from '../../locales/challenges-messages';
import { pathInLang, requestLang } from '../../request-lang';
import { siteOrigin } from '../account/site-origin';
import { CHALLENGES_PER_PAGE, renderBoardPage, type BoardFilters } from './challenge-board-page';
import {
  emptyChallengeValues,
  REMOVE_CASE,
  renderChallengeFormPage,
  type ChallengeFormValues,
} from './challenge-form-page';
import { renderChallengePage, type ChallengeViewer } from './challenge-page';
import { CHALLENGE_PATHS, challengePath, conversationPath } from './challenge-urls';
import { renderContactPage, type ContactRefusal } from './contact-page';
import { renderConversationPage, renderInboxPage } from './conversation-page';
import { checkMessage } from './message-input';
import { notifyOtherSide } from './interest-notifications';

const HTML = 'text/html; charset=utf-8';

/** The outcome named in the address after a post, and its text. */
const DONE = {
  upplagd: (lang: Lang) => challengesMessages(lang).page.created,
  sparad: (lang: Lang) => challengesMessages(lang).page.saved,
  oforandrad: (lang: Lang) => challengesMessages(lang).page.unchanged,
  intresse: (lang: Lang) => challengesMessages(lang).interest.registered,
  skickat: (lang: Lang) => challengesMessages(lang).conversation.sent,
} as const;
type DoneKey = keyof typeof DONE;

function notice(request: FastifyRequest): string | undefined {
  const key = (request.query as Record<string, unknown>).klar;
  return typeof key === 'string' && key in DONE
    ? DONE[key as DoneKey](requestLang(request))
    : undefined;
}

function withDone(path: string, lang: Lang, key: DoneKey): string {
  const href = pathInLang(path, lang);
  return `${href}${href.includes('?') ? '&' : '?'}klar=${key}`;
}

function notFound(reply: FastifyReply): FastifyReply {
  reply.callNotFound();
  return reply;
}

/** One form field as text (the first value when repeated). */
function field(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  const first: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof first === 'string' ? first : '';
}

/** Every value of a repeated form field (checkboxes). */
function fieldList(body: unknown, name: string): string[] {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  const all: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return all.filter((v): v is string => typeof v === 'string');
}

function queryText(request: FastifyRequest, name: string): string {
  const value = (request.query as Record<string, unknown>)[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** The board's filters from the address; anything unknown is ignored, never an error. */
function boardFilters(request: FastifyRequest): BoardFilters {
  const kind = queryText(request, 'kind');
  const status = queryText(request, 'status');
  const goal = queryText(request, 'goal');
  const area = queryText(request, 'area');
  return {
    q: [...queryText(request, 'q')].slice(0, 200).join(''),
    kind: (CHALLENGE_KINDS as readonly string[]).includes(kind) ? (kind as ChallengeKind) : '',
    status: isChallengeStatus(status) ? status : '',
    goal: isGoalId(goal) ? goal : '',
    area: isAreaCode(area) ? area : '',
  };
}

function formValues(body: unknown): ChallengeFormValues {
  return {
    title: field(body, 'title'),
    description: field(body, 'description'),
    goals: fieldList(body, 'goals'),
    areaCodes: field(body, 'areaCodes'),
    cpv: field(body, 'cpv'),
    startsOn: field(body, 'startsOn'),
    endsOn: field(body, 'endsOn'),
    budgetSek: field(body, 'budgetSek'),
    status: field(body, 'status'),
    caseId: field(body, 'caseId'),
  };
}

function valuesOf(c: ChallengeRecord): ChallengeFormValues {
  return {
    title: c.title,
    description: c.description,
    goals: [...c.goals],
    areaCodes: c.areaCodes.join('|'),
    cpv: c.cpv.join('|'),
    startsOn: c.startsOn ?? '',
    endsOn: c.endsOn ?? '',
    budgetSek: c.budgetSek === null ? '' : String(c.budgetSek),
    status: c.status,
    caseId: '',
  };
}

async function savedCases(request: FastifyRequest, access: PageAccess): Promise<CaseSummary[]> {
  if (!roleAllows(access.organisation.role, 'case.read')) return [];
  const list = await listCases(request.server.db, access.organisation.organisationId, {
    status: 'open',
    limit: 100,
    offset: 0,
  });
  return list.cases;
}

/**
 * Checks the form: the post's fields, and the saved case whose facts are copied (undefined keeps
 * the facts a post has, null removes them or gives none).
 */
async function checkForm(
  request: FastifyRequest,
  access: PageAccess,
  values: ChallengeFormValues,
): Promise<
  | { ok: true; input: ChallengeInput; facts: Case | null | undefined }
  | { ok: false; errors: Partial<Record<ChallengeFormField, string[]>> }
> {
  const lang = requestLang(request);
  const checked = validateChallengeInput({
    title: values.title,
    description: values.description,
    goals: values.goals,
    areaCodes: values.areaCodes,
    cpv: values.cpv,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    budgetSek: values.budgetSek,
    status: values.status,
  });
  const errors: Partial<Record<ChallengeFormField, string[]>> = {};
  if (!checked.ok) {
    for (const p of checked.problems) {
      const name = p.field as ChallengeFormField;
      (errors[name] ??= []).push(directoryProblemText(p.problem, lang));
    }
  }
  let facts: Case | null | undefined;
  if (values.caseId === '') facts = undefined;
  else if (values.caseId === REMOVE_CASE) facts = null;
  else {
    const saved =
      isUuid(values.caseId) && roleAllows(access.organisation.role, 'case.read')
        ? await findCase(request.server.db, access.organisation.organisationId, values.caseId)
        : undefined;
    if (saved === undefined) errors.caseId = [challengesMessages(lang).form.caseUnknown];
    else facts = saved.facts;
  }
  if (!checked.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: checked.value, facts };
}

/** Who is looking at a post, and what they may do with it. */
async function challengeViewer(
  request: FastifyRequest,
  reply: FastifyReply,
  challenge: ChallengeRecord,
  form: { message: string; errors: readonly string[] } = { message: '', errors: [] },
): Promise<ChallengeViewer> {
  const lang = requestLang(request);
  const session = request.account;
  if (!session) return { kind: 'signed-out', signInHref: signInHref(request.url, lang) };
  const organisation = session.organisation;
  if (!organisation) return { kind: 'no-organisation' };
  const db = request.server.db;
  if (organisation.organisationId === challenge.organisationId) {
    const interests = roleAllows(organisation.role, 'interest.read')
      ? await listInterestsOfChallenge(db, {
          challengeId: challenge.id,
          organisationId: organisation.organisationId,
        })
      : [];
    return {
      kind: 'poster',
      canEdit: roleAllows(organisation.role, 'challenge.update'),
      interests: interests ?? [],
    };
  }
  const canWrite = roleAllows(organisation.role, 'interest.write');
  const ownInterest = roleAllows(organisation.role, 'interest.read')
    ? await findInterestOfOrganisation(db, {
        challengeId: challenge.id,
        organisationId: organisation.organisationId,
      })
    : undefined;
  return {
    kind: 'other',
    canWrite,
    ownInterest,
    csrfToken: canWrite ? await formCsrfToken(request, reply) : undefined,
    form,
  };
}

async function showChallenge(
  request: FastifyRequest,
  reply: FastifyReply,
  challenge: ChallengeRecord,
  status = 200,
  form?: { message: string; errors: readonly string[] },
): Promise<FastifyReply> {
  const lang = requestLang(request);
  return reply
    .code(status)
    .type(HTML)
    .send(
      renderChallengePage({
        lang,
        challenge,
        openForms: openFormsOf(challenge.caseFacts, lang),
        viewer: await challengeViewer(request, reply, challenge, form),
        notice: status === 200 ? notice(request) : undefined,
      }),
    );
}

function param(request: FastifyRequest, name: string): string {
  const value = (request.params as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

/** Registers the pages in the account areas' scope (form posts and CSRF checks). */
export function registerChallengeRoutes(app: FastifyInstance): void {
  app.get(CHALLENGE_PATHS.board, async (request, reply) => {
    const lang = requestLang(request);
    const filters = boardFilters(request);
    const pageText = queryText(request, 'page');
    const page = /^\d{1,6}$/.test(pageText) ? Math.max(1, Number(pageText)) : 1;
    const list = await listChallenges(app.db, {
      q: filters.q,
      kind: filters.kind === '' ? undefined : filters.kind,
      status: filters.status === '' ? undefined : [filters.status],
      goal: filters.goal === '' ? undefined : filters.goal,
      area: filters.area === '' ? undefined : filters.area,
      limit: CHALLENGES_PER_PAGE,
      offset: (page - 1) * CHALLENGES_PER_PAGE,
    });
    return reply
      .type(HTML)
      .send(renderBoardPage({ lang, filters, page, total: list.total, items: list.items }));
  });

  app.get(CHALLENGE_PATHS.newChallenge, async (request, reply) => {
    const access = pageAccess(request, reply, 'challenge.create');
    if (!access) return reply;
    return showForm(request, reply, access, 200, { values: emptyChallengeValues(), errors: {} });
  });

  app.post(CHALLENGE_PATHS.newChallenge, async (request, reply) => {
    const access = pageAccess(request, reply, 'challenge.create');
    if (!access) return reply;
    const values = formValues(request.body);
    const checked = await checkForm(request, access, values);
    if (!checked.ok) {
      return showForm(request, reply, access, 400, { values, errors: checked.errors });
    }
    const created = await createChallenge(app.db, {
      organisation: {
        id: access.organisation.organisationId,
        kind: access.organisation.organisationKind,
      },
      input: checked.input,
      caseFacts: checked.facts ?? null,
      actor: access.actor,
      now: app.now(),
    });
    return reply.redirect(
      withDone(challengePath(created.id), requestLang(request), 'upplagd'),
      303,
    );
  });

  app.get('/utmaningar/:id', async (request, reply) => {
    const challenge = await findChallenge(app.db, param(request, 'id'));
    if (!challenge) return notFound(reply);
    return showChallenge(request, reply, challenge);
  });

  app.get('/utmaningar/:id/andra', async (request, reply) => {
    const access = pageAccess(request, reply, 'challenge.update');
    if (!access) return reply;
    const challenge = await findChallenge(app.db, param(request, 'id'));
    if (!challenge || challenge.organisationId !== access.organisation.organisationId) {
      return notFound(reply);
    }
    return showForm(request, reply, access, 200, {
      values: valuesOf(challenge),
      errors: {},
      editing: challenge,
    });
  });

  app.post('/utmaningar/:id/andra', async (request, reply) => {
    const access = pageAccess(request, reply, 'challenge.update');
    if (!access) return reply;
    const challenge = await findChallenge(app.db, param(request, 'id'));
    if (!challenge || challenge.organisationId !== access.organisation.organisationId) {
      return notFound(reply);
    }
    const lang = requestLang(request);
    const values = formValues(request.body);
    const versionText = field(request.body, 'version');
    const version = /^\d{1,9}$/.test(versionText) ? Number(versionText) : challenge.version;
    const checked = await checkForm(request, access, values);
    if (!checked.ok) {
      return showForm(request, reply, access, 400, {
        values,
        errors: checked.errors,
        editing: { ...challenge, version },
      });
    }
    const result = await updateChallenge(app.db, {
      organisationId: access.organisation.organisationId,
      id: challenge.id,
      input: checked.input,
      caseFacts: checked.facts,
      expectedVersion: version,
      actor: access.actor,
      now: app.now(),
    });
    if (!result.ok && result.reason === 'not-found') return notFound(reply);
    if (!result.ok) {
      // The form keeps what was typed and now names the current version: saving again is a
      // deliberate choice to overwrite what the other person wrote.
      return showForm(request, reply, access, 409, {
        values,
        errors: {},
        editing: result.current,
        failure: challengesMessages(lang).form.conflict,
      });
    }
    return reply.redirect(
      withDone(challengePath(challenge.id), lang, result.changed ? 'sparad' : 'oforandrad'),
      303,
    );
  });

  app.post('/utmaningar/:id/intresse', async (request, reply) => {
    const access = pageAccess(request, reply, 'interest.write');
    if (!access) return reply;
    const challenge = await findChallenge(app.db, param(request, 'id'));
    if (!challenge) return notFound(reply);
    const lang = requestLang(request);
    const message = field(request.body, 'message');
    const problems = checkMessage(message, lang);
    if (problems.length > 0)
      return showChallenge(request, reply, challenge, 400, { message, errors: problems });
    const at = app.now();
    const result = await registerInterest(app.db, {
      challengeId: challenge.id,
      organisation: {
        id: access.organisation.organisationId,
        name: access.organisation.organisationName,
      },
      message: message.trim(),
      actor: access.actor,
      now: at,
    });
    if (!result.ok) {
      if (result.reason === 'not-found') return notFound(reply);
      // Own post or closed: the page says so where the form would be.
      return showChallenge(request, reply, challenge, 409);
    }
    await notifyOtherSide(app, result.notice, siteOrigin(request), at);
    return reply.redirect(
      withDone(conversationPath(challenge.id, result.interestId), lang, 'intresse'),
      303,
    );
  });

  app.get('/utmaningar/:id/intressen/:interestId', async (request, reply) => {
    const access = pageAccess(request, reply, 'interest.read');
    if (!access) return reply;
    return showConversation(request, reply, access, 200, { body: '', errors: [] });
  });

  app.post('/utmaningar/:id/intressen/:interestId', async (request, reply) => {
    const access = pageAccess(request, reply, 'interest.read');
    if (!access) return reply;
    const conversation = await conversationFor(request, access);
    if (!conversation) return notFound(reply);
    // Readers of either side may read but not write: asked only once the conversation is
    // known to be theirs, so that nobody else learns it exists.
    if (!pageAccess(request, reply, 'interest.write')) return reply;
    const lang = requestLang(request);
    const body = field(request.body, 'body');
    const problems = checkMessage(body, lang);
    if (problems.length > 0) {
      return showConversation(request, reply, access, 400, { body, errors: problems });
    }
    const at = app.now();
    const result = await sendMessage(app.db, {
      interestId: conversation.interest.id,
      organisationId: access.organisation.organisationId,
      body: body.trim(),
      actor: access.actor,
      now: at,
    });
    if (!result.ok) return notFound(reply);
    await notifyOtherSide(app, result.notice, siteOrigin(request), at);
    return reply.redirect(
      withDone(
        conversationPath(conversation.challenge.id, conversation.interest.id),
        lang,
        'skickat',
      ),
      303,
    );
  });

  app.get('/utmaningar/:id/kontakta', async (request, reply) => {
    const target = await contactTarget(request, reply, queryText(request, 'orgnr'));
    if (!target) return reply;
    return showContact(request, reply, target, 200, undefined, { message: '', errors: [] });
  });

  app.post('/utmaningar/:id/kontakta', async (request, reply) => {
    const target = await contactTarget(request, reply, field(request.body, 'orgnr').trim());
    if (!target) return reply;
    const lang = requestLang(request);
    const message = field(request.body, 'message');
    const problems = checkMessage(message, lang);
    if (problems.length > 0) {
      return showContact(request, reply, target, 400, undefined, { message, errors: problems });
    }
    const at = app.now();
    const result = await contactActor(app.db, {
      challengeId: target.challenge.id,
      posterOrganisationId: target.access.organisation.organisationId,
      actorOrgnr: target.orgnr,
      message: message.trim(),
      actor: target.access.actor,
      now: at,
    });
    if (!result.ok) {
      if (result.reason === 'not-found') return notFound(reply);
      return showContact(request, reply, target, 409, result.reason, { message, errors: [] });
    }
    await notifyOtherSide(app, result.notice, siteOrigin(request), at);
    return reply.redirect(
      withDone(conversationPath(target.challenge.id, result.interestId), lang, 'skickat'),
      303,
    );
  });

  app.get(CHALLENGE_PATHS.inbox, async (request, reply) => {
    const access = pageAccess(request, reply, 'interest.read');
    if (!access) return reply;
    return reply.type(HTML).send(
      renderInboxPage({
        lang: requestLang(request),
        organisationId: access.organisation.organisationId,
        organisationName: access.organisation.organisationName,
        conversations: await listConversationsOfOrganisation(
          app.db,
          access.organisation.organisationId,
        ),
      }),
    );
  });
}

/** The challenge and the entry the poster writes to, once the viewer may write to it. */
interface ContactTarget {
  access: PageAccess;
  challenge: ChallengeRecord;
  orgnr: string;
  formattedOrgnr: string;
  name: string;
  /** the organisation that keeps the entry; null when nobody has claimed it */
  organisationId: string | null;
}

/**
 * Who may write first and to whom: a signed-out visitor is sent to sign in; anyone outside the
 * poster's organisation, and any challenge, orgnr or entry that is not there (or not listed), is
 * answered 404 alike; a member of the poster's who may only read is answered 403.
 */
async function contactTarget(
  request: FastifyRequest,
  reply: FastifyReply,
  orgnrText: string,
): Promise<ContactTarget | undefined> {
  const access = pageAccess(request, reply, 'interest.read');
  if (!access) return undefined;
  const db = request.server.db;
  const challenge = await findChallenge(db, param(request, 'id'));
  if (!challenge || challenge.organisationId !== access.organisation.organisationId) {
    notFound(reply);
    return undefined;
  }
  if (!pageAccess(request, reply, 'interest.write')) return undefined;
  const parsed = parseOrgnr(orgnrText.slice(0, 20));
  const actor = parsed.ok ? await findActorByOrgnr(db, parsed.digits) : undefined;
  if (!parsed.ok || !actor) {
    notFound(reply);
    return undefined;
  }
  return {
    access,
    challenge,
    orgnr: parsed.digits,
    formattedOrgnr: parsed.formatted,
    name: actor.name,
    organisationId: actor.organisationId,
  };
}

async function showContact(
  request: FastifyRequest,
  reply: FastifyReply,
  target: ContactTarget,
  status: number,
  refused: ContactRefusal | undefined,
  form: { message: string; errors: readonly string[] },
): Promise<FastifyReply> {
  const { challenge } = target;
  const refusal: ContactRefusal | undefined =
    refused ??
    (target.organisationId === null
      ? 'not-claimed'
      : target.organisationId === challenge.organisationId
        ? 'own-organisation'
        : challenge.status === 'avslutad'
          ? 'closed'
          : undefined);
  const existing =
    target.organisationId === null || refusal !== undefined
      ? undefined
      : await findInterestOfOrganisation(request.server.db, {
          challengeId: challenge.id,
          organisationId: target.organisationId,
        });
  return reply
    .code(status)
    .type(HTML)
    .send(
      renderContactPage({
        lang: requestLang(request),
        challenge,
        target: { orgnr: target.orgnr, formattedOrgnr: target.formattedOrgnr, name: target.name },
        csrfToken: await formCsrfToken(request, reply),
        existingInterestId: existing?.id,
        refusal,
        form,
      }),
    );
}

async function conversationFor(request: FastifyRequest, access: PageAccess) {
  const conversation = await findConversation(request.server.db, {
    interestId: param(request, 'interestId'),
    organisationId: access.organisation.organisationId,
  });
  // The address names the challenge too; another challenge's id in it is not this conversation.
  if (!conversation || conversation.challenge.id !== param(request, 'id')) return undefined;
  return conversation;
}

async function showConversation(
  request: FastifyRequest,
  reply: FastifyReply,
  access: PageAccess,
  status: number,
  form: { body: string; errors: readonly string[] },
): Promise<FastifyReply> {
  const conversation = await conversationFor(request, access);
  if (!conversation) return notFound(reply);
  const canWrite = roleAllows(access.organisation.role, 'interest.write');
  return reply
    .code(status)
    .type(HTML)
    .send(
      renderConversationPage({
        lang: requestLang(request),
        conversation,
        organisationId: access.organisation.organisationId,
        csrfToken: canWrite ? await formCsrfToken(request, reply) : undefined,
        form,
        notice: status === 200 ? notice(request) : undefined,
      }),
    );
}

async function showForm(
  request: FastifyRequest,
  reply: FastifyReply,
  access: PageAccess,
  status: number,
  form: {
    values: ChallengeFormValues;
    errors: Partial<Record<ChallengeFormField, readonly string[]>>;
    editing?: ChallengeRecord;
    failure?: string;
  },
): Promise<FastifyReply> {
  const lang = requestLang(request);
  const t = challengesMessages(lang);
  const kind = form.editing?.kind ?? challengeKindOf(access.organisation.organisationKind);
  return reply
    .code(status)
    .type(HTML)
    .send(
      renderChallengeFormPage({
        lang,
        csrfToken: await formCsrfToken(request, reply),
        organisationName: access.organisation.organisationName,
        kindText: t.kinds[kind],
        editing: form.editing && {
          id: form.editing.id,
          title: form.editing.title,
          version: form.editing.version,
          hasFacts: form.editing.caseFacts !== null,
        },
        values: form.values,
        errors: form.errors,
        failure: form.failure,
        cases: await savedCases(request, access),
      }),
    );
}
