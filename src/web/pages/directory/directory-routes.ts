// Routes of the directory's pages: the public list and entries, the signed-in organisation's own
// entry (there is no route that takes another organisation's id: the entry is always the one of
// the organisation the member works in) and a public body's suggestion. Every change is a POST
// form with CSRF that redirects (post-redirect-get); refused input shows the form again with
// what was typed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findOrganisation, type OrganisationRecord } from '../../../accounts/index';
import {
  confirmOwnActor,
  findActorByOrgnr,
  findActorOfOrganisation,
  saveOwnActor,
  searchActors,
  suggestActor,
  type ActorRecord,
} from '../../../directory/index';
import { roleAllows } from '../../../domain/accounts/index';
import { isActorKind, validateActorInput } from '../../../domain/directory/index';
import { pageAccess, sendForbiddenPage, type PageAccess } from '../../auth/access-guard';
import { formCsrfToken } from '../../auth/request-auth';
import { directoryMessages, type OwnEntryNotice } from '../../locales/directory-messages';
import { hrefInLang, requestLang } from '../../request-lang';
import {
  actorFormErrors,
  actorFormValues,
  actorRawInput,
  readActorForm,
  type ActorFormErrors,
  type ActorFormValues,
} from './actor-form-input';
import { renderActorPage } from './actor-page';
import { renderDirectoryListPage } from './directory-list-page';
import { DIRECTORY_PATHS, ownEntryHref } from './directory-paths';
import { ACTORS_PER_PAGE, readDirectoryQuery } from './directory-search-query';
import { renderOwnEntryPage, type OwnEntryState } from './own-entry-page';
import { renderSuggestPage, type SuggestOutcome } from './suggest-page';

const HTML = 'text/html; charset=utf-8';

const NOTICES: readonly OwnEntryNotice[] = ['created', 'updated', 'claimed', 'confirmed'];

/** The fields a suggestion takes; anything else posted is not read. */
const SUGGESTION_FIELDS = [
  'orgnr',
  'name',
  'kind',
  'legalForm',
  'areaCodes',
  'goals',
  'description',
] as const;

function send(reply: FastifyReply, status: number, page: string): FastifyReply {
  return reply.code(status).type(HTML).header('cache-control', 'private, no-store').send(page);
}

function notFound(reply: FastifyReply): FastifyReply {
  reply.callNotFound();
  return reply;
}

/** An empty form, of an entry of `kind` and orgnr `orgnr`. */
function emptyForm(orgnr: string, kind: string): ActorFormValues {
  return {
    text: { orgnr, kind: isActorKind(kind) ? kind : 'ideburen' },
    areaCodes: [],
    goals: [],
    collaborations: [],
    version: '',
  };
}

/** Registers the pages in the account areas' scope (form posts and CSRF checks). */
export function registerDirectoryRoutes(app: FastifyInstance): void {
  app.get(DIRECTORY_PATHS.list, async (request, reply) => {
    const lang = requestLang(request);
    const query = readDirectoryQuery(request.query as Record<string, unknown>);
    const { filters } = query;
    const yes = (v: 'yes' | 'no' | undefined) => (v === undefined ? undefined : v === 'yes');
    const result = await searchActors(app.db, {
      ...(filters.q !== '' && { q: filters.q }),
      ...(filters.lan !== undefined && { lan: filters.lan }),
      ...(filters.kommun !== undefined && { kommun: filters.kommun }),
      goals: filters.goals,
      legalForms: filters.legalForms,
      ...(filters.registered !== undefined && { registered: yes(filters.registered) }),
      ...(filters.kind !== undefined && { kind: filters.kind }),
      ...(filters.workIntegration !== undefined && {
        workIntegration: yes(filters.workIntegration),
      }),
      limit: ACTORS_PER_PAGE,
      offset: (query.page - 1) * ACTORS_PER_PAGE,
    });
    const membership = request.account?.organisation;
    const canSuggest =
      membership !== undefined &&
      membership !== null &&
      membership.organisationKind === 'public-body' &&
      roleAllows(membership.role, 'directory.suggest');
    return reply.type(HTML).send(renderDirectoryListPage({ lang, query, result, canSuggest }));
  });

  app.get(DIRECTORY_PATHS.suggest, (request, reply) => showSuggest(request, reply));
  app.post(DIRECTORY_PATHS.suggest, (request, reply) => postSuggest(request, reply));

  app.get<{ Params: { orgnr: string } }>(
    `${DIRECTORY_PATHS.list}/:orgnr`,
    async (request, reply) => {
      const { orgnr } = request.params;
      const membership = request.account?.organisation ?? undefined;
      const record = /^\d{10}$/.test(orgnr)
        ? await findActorByOrgnr(
            app.db,
            orgnr,
            membership ? { organisationId: membership.organisationId } : undefined,
          )
        : undefined;
      if (record === undefined) return notFound(reply);
      const canEdit =
        membership !== undefined &&
        record.organisationId === membership.organisationId &&
        roleAllows(membership.role, 'profile.update');
      const page = renderActorPage({ lang: requestLang(request), record, canEdit });
      // An unlisted entry is shown only to its viewer: no shared cache may keep it.
      if (!record.listed || request.account) return send(reply, 200, page);
      return reply.type(HTML).send(page);
    },
  );

  app.get(DIRECTORY_PATHS.ownEntry, async (request, reply) => {
    // Every member may read the entry; only owners and editors get the form.
    const access = pageAccess(request, reply, 'members.read');
    if (!access) return reply;
    const organisation = await organisationOf(request, reply, access);
    if (!organisation) return reply;
    const query = request.query as Record<string, unknown>;
    const notice = NOTICES.find((n) => n === query.klart);
    const state = await entryState(request, access, organisation);
    return sendOwnEntry(request, reply, access, 200, state, notice);
  });

  app.post(DIRECTORY_PATHS.ownEntry, (request, reply) => postOwnEntry(request, reply));

  app.post(DIRECTORY_PATHS.confirmOwnEntry, async (request, reply) => {
    const access = pageAccess(request, reply, 'profile.update');
    if (!access) return reply;
    const organisation = await organisationOf(request, reply, access);
    if (!organisation) return reply;
    const lang = requestLang(request);
    const confirmed = await confirmOwnActor(app.db, {
      organisationId: organisation.id,
      actor: access.actor,
      now: app.now(),
    });
    if (confirmed) return reply.redirect(ownEntryHref(lang, 'confirmed'), 303);
    const state = await entryState(request, access, organisation);
    if (state.kind === 'entry') {
      state.formProblems = [{ text: directoryMessages(lang).own.nothingToConfirm }];
    }
    return sendOwnEntry(request, reply, access, 409, state);
  });
}

/** The organisation the member works in; a 404 when it is gone. */
async function organisationOf(
  request: FastifyRequest,
  reply: FastifyReply,
  access: PageAccess,
): Promise<OrganisationRecord | undefined> {
  const organisation = await findOrganisation(
    request.server.db,
    access.organisation.organisationId,
  );
  if (!organisation) notFound(reply);
  return organisation;
}

/** The page's state as stored; `values` and `errors` replace the stored entry's when given. */
async function entryState(
  request: FastifyRequest,
  access: PageAccess,
  organisation: OrganisationRecord,
  typed?: { values: ActorFormValues; errors: ActorFormErrors },
): Promise<OwnEntryState> {
  if (organisation.kind === 'public-body') return { kind: 'public-body' };
  if (organisation.orgnr === null) return { kind: 'no-orgnr' };
  const lang = requestLang(request);
  const { db } = request.server;
  const own = await findActorOfOrganisation(db, organisation.id);
  const found =
    own === undefined
      ? await findActorByOrgnr(db, organisation.orgnr, { organisationId: organisation.id })
      : undefined;
  const unclaimed = found?.organisationId === null ? found : undefined;
  const stored = own ?? unclaimed;
  return {
    kind: 'entry',
    orgnr: organisation.orgnr,
    own,
    unclaimed,
    canEdit: roleAllows(access.organisation.role, 'profile.update'),
    values:
      typed?.values ??
      (stored ? actorFormValues(stored, lang) : emptyForm(organisation.orgnr, organisation.kind)),
    errors: typed?.errors ?? {},
  };
}

async function sendOwnEntry(
  request: FastifyRequest,
  reply: FastifyReply,
  access: PageAccess,
  status: number,
  state: OwnEntryState,
  notice?: OwnEntryNotice,
): Promise<FastifyReply> {
  return send(
    reply,
    status,
    renderOwnEntryPage({
      lang: requestLang(request),
      csrfToken: await formCsrfToken(request, reply),
      organisationName: access.organisation.organisationName,
      role: access.organisation.role,
      notice,
      state,
    }),
  );
}

/** The version the form was filled from: a number, none (a new entry), or unreadable. */
function expectedVersion(typed: string): number | undefined {
  if (typed === '') return undefined;
  // A version that cannot be one is never the entry's, so the save is refused as a conflict.
  return /^\d{1,9}$/.test(typed) ? Number(typed) : 0;
}

async function postOwnEntry(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const access = pageAccess(request, reply, 'profile.update');
  if (!access) return reply;
  const organisation = await organisationOf(request, reply, access);
  if (!organisation) return reply;
  const lang = requestLang(request);
  const o = directoryMessages(lang).own;
  if (organisation.kind === 'public-body') {
    return sendOwnEntry(request, reply, access, 403, { kind: 'public-body' });
  }
  if (organisation.orgnr === null) {
    return sendOwnEntry(request, reply, access, 400, { kind: 'no-orgnr' });
  }
  const values = readActorForm(request.body);
  // The entry's number is always the organisation's, whatever was posted.
  values.text.orgnr = organisation.orgnr;
  const checked = validateActorInput(actorRawInput(values));
  if (!checked.ok) {
    const errors = actorFormErrors(values, checked.problems, lang);
    return sendOwnEntry(
      request,
      reply,
      access,
      400,
      await entryState(request, access, organisation, { values, errors }),
    );
  }
  const result = await saveOwnActor(request.server.db, {
    organisation: { id: organisation.id, orgnr: organisation.orgnr, kind: organisation.kind },
    input: checked.value,
    ...(expectedVersion(values.version) !== undefined && {
      expectedVersion: expectedVersion(values.version),
    }),
    actor: access.actor,
    now: request.server.now(),
  });
  switch (result.outcome) {
    case 'created':
    case 'updated':
    case 'claimed':
      return reply.redirect(ownEntryHref(lang, result.outcome), 303);
    case 'conflict': {
      const state = await entryState(request, access, organisation, {
        // Saving again after comparing is meant to replace the entry as it is now.
        values: { ...values, version: String(result.current.version) },
        errors: {},
      });
      if (state.kind === 'entry') {
        state.current = result.current;
        state.formProblems = [
          { text: o.conflict, href: '#current-heading' },
          { text: o.inputKept, href: '#name' },
        ];
      }
      return sendOwnEntry(request, reply, access, 409, state);
    }
    case 'orgnr-mismatch': {
      const state = await entryState(request, access, organisation, { values, errors: {} });
      if (state.kind === 'entry') state.formProblems = [{ text: o.orgnrMismatch }];
      return sendOwnEntry(request, reply, access, 409, state);
    }
    case 'not-an-actor':
      return sendOwnEntry(request, reply, access, 403, { kind: 'public-body' });
  }
}

/** A public body's member who may suggest; anyone else gets the 403 page. */
function suggestAccess(request: FastifyRequest, reply: FastifyReply): PageAccess | undefined {
  const access = pageAccess(request, reply, 'directory.suggest');
  if (!access) return undefined;
  if (access.organisation.organisationKind !== 'public-body') {
    void sendForbiddenPage(request, reply);
    return undefined;
  }
  return access;
}

async function suggestOutcome(
  request: FastifyRequest,
  access: PageAccess,
): Promise<SuggestOutcome | undefined> {
  const query = request.query as Record<string, unknown>;
  const orgnr = typeof query.orgnr === 'string' && /^\d{10}$/.test(query.orgnr) ? query.orgnr : '';
  if (orgnr === '' || (query.klart !== 'created' && query.klart !== 'exists')) return undefined;
  const record: ActorRecord | undefined = await findActorByOrgnr(request.server.db, orgnr, {
    organisationId: access.organisation.organisationId,
  });
  if (query.klart === 'created') {
    return record && { kind: 'created', orgnr, name: record.name };
  }
  return { kind: 'exists', orgnr, visible: record !== undefined };
}

async function showSuggest(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const access = suggestAccess(request, reply);
  if (!access) return reply;
  return send(
    reply,
    200,
    renderSuggestPage({
      lang: requestLang(request),
      csrfToken: await formCsrfToken(request, reply),
      values: emptyForm('', 'ideburen'),
      errors: {},
      outcome: await suggestOutcome(request, access),
    }),
  );
}

async function postSuggest(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const access = suggestAccess(request, reply);
  if (!access) return reply;
  const lang = requestLang(request);
  const values = readActorForm(request.body);
  const raw = actorRawInput(values);
  const checked = validateActorInput(Object.fromEntries(SUGGESTION_FIELDS.map((f) => [f, raw[f]])));
  if (!checked.ok) {
    return send(
      reply,
      400,
      renderSuggestPage({
        lang,
        csrfToken: await formCsrfToken(request, reply),
        values,
        errors: actorFormErrors(values, checked.problems, lang),
      }),
    );
  }
  const outcome = await suggestActor(request.server.db, {
    suggestedBy: access.organisation.organisationId,
    input: checked.value,
    actor: access.actor,
    now: request.server.now(),
  });
  return reply.redirect(
    hrefInLang(DIRECTORY_PATHS.suggest, `klart=${outcome}&orgnr=${checked.value.orgnr}`, lang),
    303,
  );
}
