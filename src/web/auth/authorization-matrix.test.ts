// The authorisation matrix: every route of the account areas and of the cases API, and the
// member-only routes of the challenge board and of a public body's directory suggestions, asked by
// every kind of caller — signed out, each role, each token scope — about something of their own
// organisation and of another one. The expected status is worked out from the access table
// (src/domain/accounts/access-rules.ts), not written per cell, so the table and the routes are
// checked against each other. Every change that should succeed gets a fresh subject, so the
// order of the cells does not matter.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createApiToken,
  createSession,
  createUser,
  csrfToken,
  hashSecret,
  addMembership,
  newSecret,
} from '../../accounts/index';
import { createInvitation } from '../../accounts/invitations';
import { registerApi } from '../../api/index';
import { buildServer } from '../../app/build-server';
import { saveCase, changeCase } from '../../cases/index';
import { createChallenge } from '../../challenges/index';
import { migrate } from '../../db/migrate';
import {
  roleAllows,
  scopeAllows,
  type Action,
  type Role,
  type TokenScope,
} from '../../domain/accounts/index';
import { stateFromCase, writePermalink } from '../../domain/interview/index';
import type { Case } from '../../rules/index';
import {
  createTestMember,
  createTestOrganisation,
  nextTestEmail,
  nextTestOrgnr,
  type TestMember,
} from '../../test-support/accounts';
import { describeEachDatabase } from '../../test-support/databases';
import { ANONYMOUS_COOKIE, SESSION_COOKIE } from './auth-cookies';

const FACTS: Case = {
  startDate: '2024-03-01',
  buyer: { kind: 'municipality' },
  subject: { type: 'services', cpv: ['85311000-2'] },
  estimatedValueSek: 2_000_000,
};
const PERMALINK = writePermalink(stateFromCase(FACTS));

type Caller =
  { kind: 'signed-out' } | { kind: 'member'; role: Role } | { kind: 'token'; scope: TokenScope };

const CALLERS: readonly Caller[] = [
  { kind: 'signed-out' },
  { kind: 'member', role: 'owner' },
  { kind: 'member', role: 'editor' },
  { kind: 'member', role: 'reader' },
  { kind: 'token', scope: 'write' },
  { kind: 'token', scope: 'read' },
];

function callerName(c: Caller): string {
  return c.kind === 'signed-out' ? 'signed out' : c.kind === 'member' ? c.role : `${c.scope} token`;
}

/** What a route needs: an action of the access table, or only to be signed in. */
type Need = Action | 'signed-in';

/** The world of one database: two organisations with a member of each role. */
interface World {
  app: FastifyInstance;
  own: Record<Role, TestMember>;
  other: TestMember;
}

/** What a route is asked about: something of the caller's own organisation or of another. */
type Where = 'own' | 'other';

/** The request of one cell, made by `auth` (cookie and CSRF, or bearer token, or nothing). */
interface Auth {
  headers: Record<string, string>;
  csrf: string | undefined;
}

interface RouteCase {
  name: string;
  kind: 'page' | 'api';
  need: Need;
  /** whether the route addresses a subject by id (then another organisation's is a 404) */
  scoped: boolean;
  ok: number;
  request(world: World, where: Where, auth: Auth): InjectOptions | Promise<InjectOptions>;
}

function form(url: string, auth: Auth, fields: Record<string, string>): InjectOptions {
  const body = new URLSearchParams(fields);
  if (auth.csrf !== undefined) body.set('csrf', auth.csrf);
  return {
    method: 'POST',
    url,
    headers: { ...auth.headers, 'content-type': 'application/x-www-form-urlencoded' },
    payload: body.toString(),
  };
}

function get(url: string, auth: Auth): InjectOptions {
  return { method: 'GET', url, headers: auth.headers };
}

function json(method: 'POST' | 'PATCH', url: string, auth: Auth, body: unknown): InjectOptions {
  return {
    method,
    url,
    headers: { ...auth.headers, 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  };
}

/** The organisation a cell's subject belongs to. */
function owner(world: World, where: Where): TestMember {
  return where === 'own' ? world.own.owner : world.other;
}

/** A fresh case of the organisation, optionally archived. */
async function freshCase(
  world: World,
  where: Where,
  archived = false,
): Promise<{ id: string; version: number }> {
  const by = owner(world, where);
  const context = {
    organisationId: by.organisationId,
    actor: { kind: 'user' as const, userId: by.user.id },
    userId: by.user.id,
    actorName: by.user.name,
    now: new Date(),
  };
  const saved = await saveCase(world.app.db, context, { title: 'Matrisärende', facts: FACTS });
  if (!archived) return saved;
  const result = await changeCase(world.app.db, context, saved.id, saved.version, {
    status: 'archived',
  });
  if (!result.ok) throw new Error(`could not archive: ${result.reason}`);
  return { id: saved.id, version: result.version };
}

async function freshMember(world: World, where: Where): Promise<string> {
  const user = await createUser(world.app.db, {
    email: nextTestEmail('target'),
    name: 'Mål',
    password: null,
  });
  await addMembership(world.app.db, {
    organisationId: owner(world, where).organisationId,
    userId: user.id,
    role: 'reader',
    now: new Date(),
  });
  return user.id;
}

/** A fresh challenge (or initiative) posted by the organisation. */
async function freshChallenge(
  world: World,
  where: Where,
): Promise<{ id: string; version: number }> {
  const by = owner(world, where);
  const record = await createChallenge(world.app.db, {
    organisation: { id: by.organisationId, kind: where === 'own' ? 'public-body' : 'ideburen' },
    input: {
      title: 'Matrisutmaning',
      description: 'Ensamhet bland äldre.',
      goals: ['aldre'],
      areaCodes: ['1280'],
      cpv: [],
      startsOn: null,
      endsOn: null,
      budgetSek: null,
      status: 'dialog',
    },
    caseFacts: null,
    actor: { kind: 'user', userId: by.user.id },
    now: new Date(),
  });
  return { id: record.id, version: record.version };
}

const caseRoute = (
  name: string,
  need: Action,
  action: string,
  fields: Record<string, string> = {},
  archived = false,
): RouteCase => ({
  name: `POST /arenden/{id}/${action}`,
  kind: 'page',
  need,
  scoped: true,
  ok: 303,
  async request(world, where, auth) {
    const c = await freshCase(world, where, archived);
    return form(`/arenden/${c.id}/${action}`, auth, { version: String(c.version), ...fields });
  },
});

const ROUTES: readonly RouteCase[] = [
  // Saved cases: pages
  {
    name: 'GET /arenden',
    kind: 'page',
    need: 'case.read',
    scoped: false,
    ok: 200,
    request: (_w, _x, a) => get('/arenden', a),
  },
  {
    name: 'GET /arenden/nytt',
    kind: 'page',
    need: 'case.create',
    scoped: false,
    ok: 200,
    request: (_w, _x, a) => get(`/arenden/nytt?${PERMALINK}`, a),
  },
  {
    name: 'POST /arenden',
    kind: 'page',
    need: 'case.create',
    scoped: false,
    ok: 303,
    request: (_w, _x, a) => form(`/arenden?${PERMALINK}`, a, { title: 'Nytt ärende' }),
  },
  {
    name: 'GET /arenden/{id}',
    kind: 'page',
    need: 'case.read',
    scoped: true,
    ok: 200,
    request: async (w, where, a) => get(`/arenden/${(await freshCase(w, where)).id}`, a),
  },
  caseRoute('rename', 'case.update', 'namn', { title: 'Nytt namn' }),
  caseRoute('note', 'case.update', 'anteckningar', { note: 'En anteckning.' }),
  caseRoute('decide', 'case.decide', 'beslut', {
    form: 'iop',
    motivation: 'Vi väljer partnerskap.',
  }),
  caseRoute('archive', 'case.archive', 'arkivera'),
  caseRoute('restore', 'case.archive', 'ateruppta', {}, true),
  caseRoute('reassess', 'case.update', 'omprovning'),
  ...(['md', 'docx', 'pdf'] as const).map((ext): RouteCase => ({
    name: `GET /arenden/{id}/beslutsunderlag.${ext}`,
    kind: 'page',
    need: 'case.export',
    scoped: true,
    ok: 200,
    request: async (w, where, a) =>
      get(`/arenden/${(await freshCase(w, where)).id}/beslutsunderlag.${ext}`, a),
  })),
  // The organisation
  {
    name: 'GET /organisation',
    kind: 'page',
    need: 'signed-in',
    scoped: false,
    ok: 200,
    request: (_w, _x, a) => get('/organisation', a),
  },
  {
    name: 'POST /organisation/juridisk-form',
    kind: 'page',
    need: 'organisation.manage',
    scoped: false,
    ok: 303,
    request: (_w, _x, a) =>
      form('/organisation/juridisk-form', a, { legalForm: 'ideell-forening' }),
  },
  {
    name: 'POST /organisation/byt',
    kind: 'page',
    need: 'signed-in',
    scoped: true,
    ok: 303,
    request: (w, where, a) =>
      form('/organisation/byt', a, { organisationId: owner(w, where).organisationId }),
  },
  {
    name: 'GET /organisation/ny',
    kind: 'page',
    need: 'signed-in',
    scoped: false,
    ok: 200,
    request: (_w, _x, a) => get('/organisation/ny', a),
  },
  {
    name: 'POST /organisation/ny',
    kind: 'page',
    need: 'signed-in',
    scoped: false,
    ok: 303,
    request: (_w, _x, a) =>
      form('/organisation/ny', a, {
        name: 'Ny förening',
        orgnr: nextTestOrgnr(),
        kind: 'ideburen',
      }),
  },
  {
    name: 'GET /organisation/medlemmar',
    kind: 'page',
    need: 'members.read',
    scoped: false,
    ok: 200,
    request: (_w, _x, a) => get('/organisation/medlemmar', a),
  },
  {
    name: 'POST /organisation/medlemmar/roll',
    kind: 'page',
    need: 'members.manage',
    scoped: true,
    ok: 303,
    request: async (w, where, a) =>
      form('/organisation/medlemmar/roll', a, {
        userId: await freshMember(w, where),
        role: 'editor',
      }),
  },
  {
    name: 'POST /organisation/medlemmar/ta-bort',
    kind: 'page',
    need: 'members.manage',
    scoped: true,
    ok: 303,
    request: async (w, where, a) =>
      form('/organisation/medlemmar/ta-bort', a, {
        userId: await freshMember(w, where),
        confirm: 'ja',
      }),
  },
  {
    name: 'GET /organisation/inbjudningar',
    kind: 'page',
    need: 'members.manage',
    scoped: false,
    ok: 200,
    request: (_w, _x, a) => get('/organisation/inbjudningar', a),
  },
  {
    name: 'POST /organisation/inbjudningar',
    kind: 'page',
    need: 'members.manage',
    scoped: false,
    ok: 200,
    request: (_w, _x, a) =>
      form('/organisation/inbjudningar', a, { email: nextTestEmail('invited'), role: 'reader' }),
  },
  {
    name: 'POST /organisation/inbjudningar/aterkalla',
    kind: 'page',
    need: 'members.manage',
    scoped: true,
    ok: 303,
    async request(w, where, a) {
      const by = owner(w, where);
      const { invitation } = await createInvitation(w.app.db, {
        organisationId: by.organisationId,
        email: nextTestEmail('revoked'),
        role: 'reader',
        invitedBy: by.user.id,
        actor: { kind: 'user', userId: by.user.id },
        now: new Date(),
      });
      return form('/organisation/inbjudningar/aterkalla', a, {
        invitationId: invitation.id,
        confirm: 'ja',
      });
    },
  },
  {
    name: 'GET /organisation/api-nycklar',
    kind: 'page',
    need: 'tokens.manage',
    scoped: false,
    ok: 200,
    request: (_w, _x, a) => get('/organisation/api-nycklar', a),
  },
  {
    name: 'POST /organisation/api-nycklar',
    kind: 'page',
    need: 'tokens.manage',
    scoped: false,
    ok: 200,
    request: (_w, _x, a) =>
      form('/organisation/api-nycklar', a, { name: 'Ny nyckel', scope: 'read' }),
  },
  {
    name: 'POST /organisation/api-nycklar/aterkalla',
    kind: 'page',
    need: 'tokens.manage',
    scoped: true,
    ok: 303,
    async request(w, where, a) {
      const by = owner(w, where);
      const { token } = await createApiToken(w.app.db, {
        organisationId: by.organisationId,
        name: 'Att återkalla',
        scope: 'read',
        createdBy: by.user.id,
        now: new Date(),
      });
      return form('/organisation/api-nycklar/aterkalla', a, { tokenId: token.id, confirm: 'ja' });
    },
  },
  {
    name: 'GET /organisation/logg',
    kind: 'page',
    need: 'audit.read',
    scoped: false,
    ok: 200,
    request: (_w, _x, a) => get('/organisation/logg', a),
  },
  {
    name: 'GET /organisation/inloggning',
    kind: 'page',
    need: 'organisation.manage',
    scoped: false,
    ok: 200,
    request: (_w, _x, a) => get('/organisation/inloggning', a),
  },
  // The account
  {
    name: 'GET /konto',
    kind: 'page',
    need: 'signed-in',
    scoped: false,
    ok: 200,
    request: (_w, _x, a) => get('/konto', a),
  },
  {
    name: 'GET /konto/mina-uppgifter.json',
    kind: 'page',
    need: 'signed-in',
    scoped: false,
    ok: 200,
    request: (_w, _x, a) => get('/konto/mina-uppgifter.json', a),
  },
  {
    name: 'POST /konto/logga-ut-overallt',
    kind: 'page',
    need: 'signed-in',
    scoped: false,
    ok: 303,
    request: (_w, _x, a) => form('/konto/logga-ut-overallt', a, {}),
  },
  // Saved cases: the API
  {
    name: 'GET /api/v1/cases',
    kind: 'api',
    need: 'case.read',
    scoped: false,
    ok: 200,
    request: (_w, _x, a) => get('/api/v1/cases', a),
  },
  {
    name: 'POST /api/v1/cases',
    kind: 'api',
    need: 'case.create',
    scoped: false,
    ok: 201,
    request: (_w, _x, a) => json('POST', '/api/v1/cases', a, { title: 'Via API', case: FACTS }),
  },
  {
    name: 'GET /api/v1/cases/{id}',
    kind: 'api',
    need: 'case.read',
    scoped: true,
    ok: 200,
    request: async (w, where, a) => get(`/api/v1/cases/${(await freshCase(w, where)).id}`, a),
  },
  ...(
    [
      ['title', 'case.update', { title: 'Nytt namn' }],
      ['note', 'case.update', { note: 'En anteckning.' }],
      ['status', 'case.archive', { status: 'archived' }],
      ['decision', 'case.decide', { decision: { form: 'grant', motivation: 'Bidrag.' } }],
    ] as const
  ).map(([field, need, change]): RouteCase => ({
    name: `PATCH /api/v1/cases/{id} (${field})`,
    kind: 'api',
    need,
    scoped: true,
    ok: 200,
    async request(w, where, a) {
      const c = await freshCase(w, where);
      return json('PATCH', `/api/v1/cases/${c.id}`, a, { version: c.version, ...change });
    },
  })),
  {
    name: 'POST /api/v1/cases/{id}/reassessment',
    kind: 'api',
    need: 'case.update',
    scoped: true,
    ok: 200,
    async request(w, where, a) {
      const c = await freshCase(w, where);
      return json('POST', `/api/v1/cases/${c.id}/reassessment`, a, { version: c.version });
    },
  },
  {
    name: 'GET /api/v1/cases/{id}/memo',
    kind: 'api',
    need: 'case.export',
    scoped: true,
    ok: 200,
    request: async (w, where, a) =>
      get(`/api/v1/cases/${(await freshCase(w, where)).id}/memo?format=md`, a),
  },
  // The challenge board, the organisation's conversations and the directory. The own
  // organisation is a public body, so it posts challenges and suggests organisations; the
  // other organisation's subject is its initiative.
  {
    name: 'GET /utmaningar/ny',
    kind: 'page',
    need: 'challenge.create',
    scoped: false,
    ok: 200,
    request: (_w, _x, a) => get('/utmaningar/ny', a),
  },
  {
    name: 'POST /utmaningar/ny',
    kind: 'page',
    need: 'challenge.create',
    scoped: false,
    ok: 303,
    request: (_w, _x, a) =>
      form('/utmaningar/ny', a, {
        title: 'Ny utmaning',
        description: 'Unga som lämnar skolan utan betyg.',
        status: 'ide',
      }),
  },
  {
    name: 'GET /utmaningar/{id}/andra',
    kind: 'page',
    need: 'challenge.update',
    scoped: true,
    ok: 200,
    request: async (w, where, a) =>
      get(`/utmaningar/${(await freshChallenge(w, where)).id}/andra`, a),
  },
  {
    name: 'POST /utmaningar/{id}/andra',
    kind: 'page',
    need: 'challenge.update',
    scoped: true,
    ok: 303,
    async request(w, where, a) {
      const c = await freshChallenge(w, where);
      return form(`/utmaningar/${c.id}/andra`, a, {
        version: String(c.version),
        title: 'Ändrad utmaning',
        description: 'Ensamhet bland äldre i hela kommunen.',
        status: 'dialog',
      });
    },
  },
  {
    name: 'GET /organisation/intressen',
    kind: 'page',
    need: 'interest.read',
    scoped: false,
    ok: 200,
    request: (_w, _x, a) => get('/organisation/intressen', a),
  },
  {
    name: 'GET /aktorer/foresla',
    kind: 'page',
    need: 'directory.suggest',
    scoped: false,
    ok: 200,
    request: (_w, _x, a) => get('/aktorer/foresla', a),
  },
  {
    name: 'POST /aktorer/foresla',
    kind: 'page',
    need: 'directory.suggest',
    scoped: false,
    ok: 303,
    request: (_w, _x, a) =>
      form('/aktorer/foresla', a, { orgnr: nextTestOrgnr(), name: 'Föreslagen förening' }),
  },
  {
    name: 'POST /api/v1/challenges',
    kind: 'api',
    need: 'challenge.create',
    scoped: false,
    ok: 201,
    request: (_w, _x, a) =>
      json('POST', '/api/v1/challenges', a, {
        title: 'Utmaning via API',
        description: 'Otrygghet i centrum på kvällarna.',
      }),
  },
  {
    name: 'PATCH /api/v1/challenges/{id}',
    kind: 'api',
    need: 'challenge.update',
    scoped: true,
    ok: 200,
    async request(w, where, a) {
      const c = await freshChallenge(w, where);
      return json('PATCH', `/api/v1/challenges/${c.id}`, a, {
        version: c.version,
        title: 'Ändrad via API',
      });
    },
  },
  {
    name: 'GET /api/v1/challenges/{id}/interests',
    kind: 'api',
    need: 'interest.read',
    scoped: true,
    ok: 200,
    request: async (w, where, a) =>
      get(`/api/v1/challenges/${(await freshChallenge(w, where)).id}/interests`, a),
  },
  {
    name: 'POST /api/v1/organisation-suggestions',
    kind: 'api',
    need: 'directory.suggest',
    scoped: false,
    ok: 201,
    request: (_w, _x, a) =>
      json('POST', '/api/v1/organisation-suggestions', a, {
        orgnr: nextTestOrgnr(),
        name: 'Föreslagen via API',
      }),
  },
];

/** Tokens are for the API: on a page, a bearer token counts for nothing. */
function countsAsSignedOut(route: RouteCase, caller: Caller): boolean {
  return caller.kind === 'signed-out' || (caller.kind === 'token' && route.kind === 'page');
}

/** The status the access table predicts for a cell. */
function expectedStatus(route: RouteCase, caller: Caller, where: Where): number {
  // Tokens are for the API: on a page, a bearer token counts for nothing.
  const signedOut =
    caller.kind === 'signed-out' || (caller.kind === 'token' && route.kind === 'page');
  if (signedOut) return route.kind === 'page' ? 303 : 401;
  const allowed =
    route.need === 'signed-in'
      ? caller.kind === 'member'
      : caller.kind === 'member'
        ? roleAllows(caller.role, route.need)
        : scopeAllows(caller.scope, route.need);
  if (!allowed) return 403;
  return route.scoped && where === 'other' ? 404 : route.ok;
}

/** Credentials of a caller, fresh for every cell (a cell may sign out everywhere). */
async function credentials(world: World, caller: Caller): Promise<Auth> {
  const db = world.app.db;
  const key = await world.app.csrfKey();
  // A visitor's forms carry the token of their anonymous cookie, so that what is refused is the
  // access rule, not the CSRF check.
  const anonymous = newSecret();
  const visitor = {
    headers: { cookie: `${ANONYMOUS_COOKIE}=${anonymous}` },
    csrf: csrfToken(key, `anonymous:${anonymous}`),
  };
  if (caller.kind === 'signed-out') return visitor;
  if (caller.kind === 'token') {
    const by = world.own.owner;
    const { secret } = await createApiToken(db, {
      organisationId: by.organisationId,
      name: `matris ${caller.scope}`,
      scope: caller.scope,
      createdBy: by.user.id,
      now: new Date(),
    });
    return { ...visitor, headers: { ...visitor.headers, authorization: `Bearer ${secret}` } };
  }
  const member = world.own[caller.role];
  const id = await createSession(db, {
    userId: member.user.id,
    method: 'password',
    now: new Date(),
    organisationId: member.organisationId,
  });
  return {
    headers: { cookie: `${SESSION_COOKIE}=${id}` },
    csrf: csrfToken(key, `session:${hashSecret(id)}`),
  };
}

describeEachDatabase('the authorisation matrix', (target) => {
  let world: World;
  let dispose: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const fresh = await target.freshForSuite();
    dispose = () => fresh.dispose();
    const { db } = fresh;
    await migrate(db);
    const app = await buildServer({ db, routes: [registerApi] });
    const ownOwner = await createTestOrganisation(db, app, { name: 'Egna kommunen' });
    const other = await createTestOrganisation(db, app, {
      name: 'Andra föreningen',
      kind: 'ideburen',
    });
    world = {
      app,
      own: {
        owner: ownOwner,
        editor: await createTestMember(db, app, ownOwner.organisationId, 'editor'),
        reader: await createTestMember(db, app, ownOwner.organisationId, 'reader'),
      },
      other,
    };
  });
  afterAll(async () => {
    await world?.app.close();
    await dispose?.();
  });

  for (const route of ROUTES) {
    describe(route.name, () => {
      for (const caller of CALLERS) {
        if (route.kind === 'page' && caller.kind === 'token' && caller.scope === 'read') continue;
        for (const where of route.scoped ? (['own', 'other'] as const) : (['own'] as const)) {
          const status = expectedStatus(route, caller, where);
          it(`${callerName(caller)}${route.scoped ? `, ${where} organisation's` : ''}: ${status}`, async () => {
            const auth = await credentials(world, caller);
            const response = await world.app.inject(await route.request(world, where, auth));
            expect(
              response.statusCode,
              `${response.body.match(/<h1>[^<]*/)?.[0] ?? response.body.slice(0, 200)}`,
            ).toBe(status);
            const toSignIn = /^\/logga-in(\?next=|$)/;
            if (route.kind === 'page' && countsAsSignedOut(route, caller)) {
              expect(response.headers.location).toMatch(toSignIn);
            } else if (status === 303) {
              expect(response.headers.location).not.toMatch(toSignIn);
            }
            if (status === 404 || status === 403 || status === 401) {
              // Nothing of the other organisation shows through a refusal.
              expect(response.body).not.toContain('Andra föreningen');
              expect(response.body).not.toContain('Matrisärende');
              expect(response.body).not.toContain('Matrisutmaning');
            }
          });
        }
      }
    });
  }
});
