// The board's API through inject: the public board and a challenge with its open forms, posting
// and changing with field errors and version conflicts, interest and conversations visible and
// writable only by the two parties (members and tokens), mail to the other side, and every answer
// checked against its schema in the OpenAPI document.
import Ajv2020 from 'ajv/dist/2020.js';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, listAudit } from '../../accounts/index';
import { buildServer } from '../../app/build-server';
import { migrate } from '../../db/migrate';
import {
  createTestMember,
  createTestOrganisation,
  type TestMember,
} from '../../test-support/accounts';
import { openScratchPglite, type ScratchDatabase } from '../../test-support/databases';
import { IDEBUREN_CANDIDATE } from '../../test-support/ideburen-candidate';
import type { ApiErrorBody } from '../api-errors';
import { registerApi } from '../index';
import { API_SCHEMAS } from '../route-registry';

let scratch: ScratchDatabase;
let app: FastifyInstance;
const clock = new Date('2026-11-26T10:00:00Z');

let city: TestMember;
let cityReader: TestMember;
let club: TestMember;
let third: TestMember;
let cityReadToken: string;
let clubWriteToken: string;
let thirdWriteToken: string;

type Caller = TestMember | { token: string } | undefined;

function call(
  caller: Caller,
  method: InjectOptions['method'],
  url: string,
  body?: unknown,
): Promise<LightMyRequestResponse> {
  const auth =
    caller === undefined
      ? {}
      : 'token' in caller
        ? { authorization: `Bearer ${caller.token}` }
        : { cookie: caller.cookie };
  return app.inject({
    method,
    url,
    headers: { ...auth, ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { payload: JSON.stringify(body) }),
  });
}

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ $id: 'https://samverka.test/openapi', components: { schemas: API_SCHEMAS } });

function expectSchema(name: keyof typeof API_SCHEMAS, body: unknown): void {
  const validate = ajv.getSchema(`https://samverka.test/openapi#/components/schemas/${name}`);
  expect(validate, name).toBeDefined();
  void validate!(body);
  expect(validate!.errors ?? [], JSON.stringify(validate!.errors)).toEqual([]);
}

function errorsOf(response: LightMyRequestResponse) {
  return response.json<ApiErrorBody>().errors;
}

beforeAll(async () => {
  scratch = await openScratchPglite();
  await migrate(scratch.db);
  app = await buildServer({ db: scratch.db, now: () => clock, routes: [registerApi] });
  city = await createTestOrganisation(scratch.db, app, { name: 'Malmö stad', now: clock });
  cityReader = await createTestMember(scratch.db, app, city.organisationId, 'reader', clock);
  club = await createTestOrganisation(scratch.db, app, {
    name: 'Föreningen Gemenskap',
    kind: 'ideburen',
    now: clock,
  });
  third = await createTestOrganisation(scratch.db, app, {
    name: 'Tredje',
    kind: 'social-enterprise',
    now: clock,
  });
  const token = async (member: TestMember, scope: 'read' | 'write') =>
    (
      await createApiToken(scratch.db, {
        organisationId: member.organisationId,
        name: `System ${scope}`,
        scope,
        createdBy: member.user.id,
        now: clock,
      })
    ).secret;
  cityReadToken = await token(city, 'read');
  clubWriteToken = await token(club, 'write');
  thirdWriteToken = await token(third, 'write');
});

afterAll(async () => {
  await app.close();
  await scratch.dispose();
});

const NEW = {
  title: 'Ensamhet bland äldre',
  description: 'Äldre i stadsdelen saknar sällskap.',
  goals: ['aldre'],
  areaCodes: '1280',
  budgetSek: 1200000,
  status: 'dialog',
  case: IDEBUREN_CANDIDATE,
};

describe('the board in the API', () => {
  let id: string;

  it('posts a challenge with case facts and answers it with the open forms', async () => {
    const created = await call(city, 'POST', '/api/v1/challenges', NEW);
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json<{ id: string; kind: string; openForms: { status: string } }>();
    id = body.id;
    expect(created.headers.location).toBe(`/api/v1/challenges/${id}`);
    expect(body).toMatchObject({ kind: 'challenge', areaCodes: ['1280'], hasCaseFacts: true });
    expectSchema('Challenge', body);

    const read = await call(undefined, 'GET', `/api/v1/challenges/${id}?lang=en`);
    expect(read.statusCode).toBe(200);
    expectSchema('Challenge', read.json());
    const open = read.json<{
      openForms: {
        status: string;
        ruleSet: { id: string };
        forms: { form: string; verdict: string }[];
      };
    }>().openForms;
    expect(open.status).toBe('assessed');
    expect(open.ruleSet.id).toBe('lou-2022-02');
    expect(open.forms.find((f) => f.form === 'reserved-ideburen')?.verdict).toBe('not-allowed');
    expect(new Set(open.forms.map((f) => f.verdict))).not.toContain(undefined);

    const list = await call(
      undefined,
      'GET',
      '/api/v1/challenges?q=ensamheten&area=12&status=dialog,pagar',
    );
    expect(list.statusCode).toBe(200);
    expectSchema('ChallengeList', list.json());
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([id]);
  });

  it('names every wrong field and parameter, in the language asked', async () => {
    const bad = await call(city, 'POST', '/api/v1/challenges?lang=en', {
      ...NEW,
      title: '',
      areaCodes: ['9999'],
      case: { ...IDEBUREN_CANDIDATE, buyer: { kind: 'king' } },
      colour: 'red',
    });
    expect(bad.statusCode).toBe(400);
    expectSchema('Errors', bad.json());
    expect(errorsOf(bad).map((e) => e.path)).toEqual(['colour']);
    const fields = await call(city, 'POST', '/api/v1/challenges?lang=en', {
      ...NEW,
      title: '',
      areaCodes: ['9999'],
      case: { ...IDEBUREN_CANDIDATE, buyer: { kind: 'king' } },
    });
    expect(errorsOf(fields).map((e) => e.path)).toEqual(['title', 'areaCodes', 'case.buyer.kind']);
    expect(errorsOf(fields)[0]?.message).toMatch(/[a-z]/);
    const query = await call(
      undefined,
      'GET',
      '/api/v1/challenges?kind=x&status=y&goal=z&area=1&limit=0&offset=-1',
    );
    expect(query.statusCode).toBe(400);
    expect(errorsOf(query).map((e) => e.path)).toEqual([
      'kind',
      'status',
      'goal',
      'area',
      'limit',
      'offset',
    ]);
    for (const url of [
      '/api/v1/challenges/inte-ett-id',
      '/api/v1/challenges/00000000-0000-4000-8000-000000000000',
    ]) {
      expect((await call(undefined, 'GET', url)).statusCode).toBe(404);
    }
    expect((await call(undefined, 'POST', '/api/v1/challenges', NEW)).statusCode).toBe(401);
    expect((await call(cityReader, 'POST', '/api/v1/challenges', NEW)).statusCode).toBe(403);
    expect(
      (await call({ token: cityReadToken }, 'POST', '/api/v1/challenges', NEW)).statusCode,
    ).toBe(403);
  });

  it('changes a challenge for the poster only, and refuses a stale version', async () => {
    const change = await call(city, 'PATCH', `/api/v1/challenges/${id}`, {
      version: 1,
      status: 'upphandling-partnerskap',
      case: null,
    });
    expect(change.statusCode, change.body).toBe(200);
    expect(change.json()).toMatchObject({
      version: 2,
      status: 'upphandling-partnerskap',
      title: NEW.title,
      hasCaseFacts: false,
      openForms: { status: 'no-facts' },
    });
    const stale = await call(city, 'PATCH', `/api/v1/challenges/${id}`, { version: 1, title: 'X' });
    expect(stale.statusCode).toBe(409);
    expect(errorsOf(stale)[0]?.code).toBe('version-conflict');
    const other = await call(club, 'PATCH', `/api/v1/challenges/${id}`, { version: 2, title: 'X' });
    expect(other.statusCode).toBe(404);
    const noVersion = await call(city, 'PATCH', `/api/v1/challenges/${id}`, { title: 'X' });
    expect(noVersion.statusCode).toBe(400);
    expect(errorsOf(noVersion)[0]?.path).toBe('version');
    const actions = (await listAudit(scratch.db, city.organisationId, { limit: 5 })).map(
      (a) => a.action,
    );
    expect(actions.slice(0, 3)).toEqual([
      'challenge.status-changed',
      'challenge.updated',
      'challenge.created',
    ]);
  });

  it('keeps interest and its conversation between the two parties', async () => {
    const interests = `/api/v1/challenges/${id}/interests`;
    const registered = await call({ token: clubWriteToken }, 'POST', interests, {
      message: 'Vi kan bidra med besöksvänner.',
    });
    expect(registered.statusCode, registered.body).toBe(201);
    expectSchema('InterestRegistered', registered.json());
    const interestId = registered.json<{ interest: { id: string } }>().interest.id;
    const messages = `/api/v1/interests/${interestId}/messages`;
    expect(registered.headers.location).toBe(messages);
    const again = await call(club, 'POST', interests, { message: 'Och en träffpunkt.' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, interest: { id: interestId } });

    const own = await call(city, 'POST', interests, { message: 'Hej' });
    expect(own.statusCode).toBe(409);
    expect(errorsOf(own)[0]?.code).toBe('own-challenge');
    const empty = await call(third, 'POST', interests, { message: ' ' });
    expect(empty.statusCode).toBe(400);
    expect(errorsOf(empty)[0]?.path).toBe('message');

    // The poster's side reads the list and the conversation, with a member or a read token.
    for (const caller of [city, cityReader, { token: cityReadToken }]) {
      const list = await call(caller, 'GET', interests);
      expect(list.statusCode).toBe(200);
      expectSchema('InterestList', list.json());
      expect(
        list.json<{ items: { interested: { name: string } }[] }>().items[0]?.interested.name,
      ).toBe('Föreningen Gemenskap');
      const read = await call(caller, 'GET', messages);
      expect(read.statusCode).toBe(200);
      expectSchema('Conversation', read.json());
    }
    for (const caller of [club, third, { token: thirdWriteToken }]) {
      expect((await call(caller, 'GET', interests)).statusCode).toBe(404);
    }
    // Anyone else: not found, signed out: 401; a reader of the poster reads but cannot write.
    for (const caller of [third, { token: thirdWriteToken }]) {
      expect((await call(caller, 'GET', messages)).statusCode).toBe(404);
      expect((await call(caller, 'POST', messages, { body: 'Hej' })).statusCode).toBe(404);
    }
    expect((await call(undefined, 'GET', messages)).statusCode).toBe(401);
    expect((await call(cityReader, 'POST', messages, { body: 'Hej' })).statusCode).toBe(403);
    expect(
      (await call({ token: cityReadToken }, 'POST', messages, { body: 'Hej' })).statusCode,
    ).toBe(403);
    expect((await call(club, 'GET', '/api/v1/interests/inte-ett-id/messages')).statusCode).toBe(
      404,
    );

    const answer = await call(city, 'POST', messages, { body: 'Välkomna på möte.' });
    expect(answer.statusCode, answer.body).toBe(201);
    expectSchema('ConversationMessage', answer.json());
    expect(answer.json()).toMatchObject({
      fromOrganisation: { name: 'Malmö stad' },
      body: 'Välkomna på möte.',
    });
    const seen = await call({ token: clubWriteToken }, 'GET', messages);
    expect(seen.json<{ messages: { body: string }[] }>().messages.map((m) => m.body)).toEqual([
      'Vi kan bidra med besöksvänner.',
      'Och en träffpunkt.',
      'Välkomna på möte.',
    ]);
    const { rows } = await scratch.db.query<{ to_address: string; body: string }>(
      'SELECT to_address, body FROM outbox ORDER BY id',
    );
    expect(rows.map((r) => r.to_address)).toEqual([
      city.user.email,
      city.user.email,
      club.user.email,
    ]);
    for (const r of rows) expect(r.body).not.toMatch(/besöksvänner|träffpunkt|möte\./);
  });
});
