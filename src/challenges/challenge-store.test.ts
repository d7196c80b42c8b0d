import { expect, it } from 'vitest';
import { createOrganisation, createUser, listAudit, type AuditActor } from '../accounts/index';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import type { OrganisationKind } from '../domain/accounts/index';
import { validateChallengeInput, type ChallengeInput } from '../domain/directory/index';
import { nextTestEmail, nextTestOrgnr } from '../test-support/accounts';
import { describeEachDatabase } from '../test-support/databases';
import { createChallenge, findChallenge, listChallenges, updateChallenge } from './challenge-store';

const T0 = new Date('2026-03-02T09:00:00Z');

async function poster(db: Database, kind: OrganisationKind, name = 'Malmö stad') {
  const user = await createUser(db, {
    email: nextTestEmail('poster'),
    name: 'Ann',
    password: null,
  });
  const org = await createOrganisation(db, {
    name,
    orgnr: nextTestOrgnr(),
    kind,
    ownerId: user.id,
    actor: { kind: 'user', userId: user.id },
    now: T0,
  });
  const actor: AuditActor = { kind: 'user', userId: user.id };
  return { user, org, actor };
}

function input(fields: Partial<Record<keyof ChallengeInput, unknown>>): ChallengeInput {
  const checked = validateChallengeInput({
    title: 'Ensamhet bland äldre',
    description: 'Många äldre i stadsdelen saknar någon att prata med.',
    ...fields,
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.value;
}

function minutes(n: number): Date {
  return new Date(T0.getTime() + n * 60_000);
}

describeEachDatabase('challenge store', (target) => {
  it('posts a challenge for a public body and an initiative otherwise, with its audit entry', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const city = await poster(db, 'public-body');
    const club = await poster(db, 'ideburen', 'Föreningen Gemenskap');
    const challenge = await createChallenge(db, {
      organisation: { id: city.org.id, kind: 'public-body' },
      input: input({ areaCodes: '1280', goals: 'sdg-3|aldre', budgetSek: '1 200 000' }),
      caseFacts: null,
      actor: city.actor,
      now: T0,
    });
    const initiative = await createChallenge(db, {
      organisation: { id: club.org.id, kind: 'ideburen' },
      input: input({ title: 'Läxhjälp' }),
      caseFacts: null,
      actor: club.actor,
      now: T0,
    });
    expect(challenge).toMatchObject({
      kind: 'challenge',
      organisationId: city.org.id,
      organisationName: 'Malmö stad',
      areaCodes: ['1280'],
      goals: ['sdg-3', 'aldre'],
      budgetSek: 1200000,
      status: 'ide',
      version: 1,
      caseFacts: null,
    });
    expect(initiative.kind).toBe('initiative');
    const stored = await db.query<{ area_index: string[] }>(
      'SELECT area_index FROM challenges WHERE id = $1',
      [challenge.id],
    );
    expect(stored.rows[0]?.area_index).toEqual(['12', '1280']);
    const audit = await listAudit(db, city.org.id, { limit: 5 });
    expect(audit[0]).toMatchObject({
      action: 'challenge.created',
      subjectType: 'challenge',
      subjectId: challenge.id,
    });
    expect(await findChallenge(db, challenge.id)).toEqual(challenge);
    expect(await findChallenge(db, 'inte-ett-id')).toBeUndefined();
    expect(await findChallenge(db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('changes only for the poster, refuses a stale version and records a status change', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const city = await poster(db, 'public-body');
    const other = await poster(db, 'public-body', 'Lunds kommun');
    const created = await createChallenge(db, {
      organisation: { id: city.org.id, kind: 'public-body' },
      input: input({}),
      caseFacts: null,
      actor: city.actor,
      now: T0,
    });
    const change = (organisationId: string, version: number, fields: object, at = minutes(1)) =>
      updateChallenge(db, {
        organisationId,
        id: created.id,
        input: input(fields),
        expectedVersion: version,
        actor: city.actor,
        now: at,
      });

    expect(await change(other.org.id, 1, { status: 'dialog' })).toEqual({
      ok: false,
      reason: 'not-found',
    });
    const unchanged = await change(city.org.id, 1, {});
    expect(unchanged).toMatchObject({ ok: true, changed: false, challenge: { version: 1 } });

    const first = await change(city.org.id, 1, { status: 'dialog', description: 'Ny text.' });
    expect(first).toMatchObject({
      ok: true,
      changed: true,
      challenge: { version: 2, status: 'dialog', description: 'Ny text.', updatedAt: minutes(1) },
    });
    const stale = await change(city.org.id, 1, { title: 'Annan titel' }, minutes(2));
    expect(stale).toMatchObject({
      ok: false,
      reason: 'conflict',
      current: { version: 2, title: 'Ensamhet bland äldre' },
    });

    const actions = (await listAudit(db, city.org.id, { limit: 10 })).map((a) => [
      a.action,
      a.detail,
    ]);
    expect(actions.slice(0, 3)).toEqual([
      ['challenge.status-changed', { from: 'ide', to: 'dialog' }],
      ['challenge.updated', { fields: ['description'] }],
      ['challenge.created', expect.any(Object)],
    ]);
    expect(await listAudit(db, other.org.id, { limit: 10 })).toHaveLength(1);
  });

  it('filters by kind, status, goal, area and organisation, and pages in a stable order', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const city = await poster(db, 'public-body');
    const club = await poster(db, 'ideburen', 'Föreningen');
    const post = (org: typeof city, kind: OrganisationKind, fields: object, at: Date) =>
      createChallenge(db, {
        organisation: { id: org.org.id, kind },
        input: input(fields),
        caseFacts: null,
        actor: org.actor,
        now: at,
      });
    // Three posts at the same moment: the id decides their order.
    const a = await post(city, 'public-body', { areaCodes: '1280', goals: 'sdg-3' }, T0);
    const b = await post(city, 'public-body', { areaCodes: '12', status: 'dialog' }, T0);
    const c = await post(club, 'ideburen', { areaCodes: 'SE', goals: 'aldre' }, T0);
    const d = await post(club, 'ideburen', { areaCodes: '0180', status: 'avslutad' }, minutes(5));
    const list = (q: object) => listChallenges(db, { limit: 20, offset: 0, ...q });
    const ids = async (q: object) => (await list(q)).items.map((i) => i.id);

    const sameMoment = [a, b, c]
      .map((x) => x.id)
      .sort()
      .reverse();
    expect(await ids({})).toEqual([d.id, ...sameMoment]);
    const pages = [
      ...(await ids({ limit: 2, offset: 0 })),
      ...(await ids({ limit: 2, offset: 2 })),
    ];
    expect(pages).toEqual([d.id, ...sameMoment]);
    expect(await list({ limit: 2, offset: 10 })).toEqual({ total: 4, items: [] });
    expect((await list({ limit: 2, offset: 0 })).total).toBe(4);

    expect(await ids({ kind: 'initiative' })).toEqual([d.id, c.id]);
    expect(await ids({ status: ['dialog', 'avslutad'] })).toEqual([d.id, b.id]);
    expect(await ids({ goal: 'aldre' })).toEqual([c.id]);
    // A kommun finds its own posts, its län's and the whole country's.
    expect((await ids({ area: '1280' })).sort()).toEqual([a.id, b.id, c.id].sort());
    // A län finds its kommuner's posts too.
    expect((await ids({ area: '12' })).sort()).toEqual([a.id, b.id, c.id].sort());
    expect((await ids({ area: '01' })).sort()).toEqual([c.id, d.id].sort());
    expect(await ids({ organisationId: club.org.id })).toEqual([d.id, c.id]);
    expect(await ids({ organisationId: 'fel' })).toEqual([]);
  });

  it('searches title and description in Swedish, inflections included', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const city = await poster(db, 'public-body');
    const post = (title: string, description: string) =>
      createChallenge(db, {
        organisation: { id: city.org.id, kind: 'public-body' },
        input: input({ title, description }),
        caseFacts: null,
        actor: city.actor,
        now: T0,
      });
    const lonely = await post('Ensamheten bland äldre', 'Äldre personer som saknar sällskap.');
    const school = await post('Unga som lämnar skolan', 'Skolorna i området behöver läxhjälp.');
    const ids = async (q: string) =>
      (await listChallenges(db, { q, limit: 20, offset: 0 })).items.map((i) => i.id);
    expect(await ids('ensamhet')).toEqual([lonely.id]);
    expect(await ids('skola')).toEqual([school.id]);
    expect(await ids('skolor')).toEqual([school.id]);
    expect(await ids('läxhjälpen')).toEqual([school.id]);
    expect(await ids('sällskap äldre')).toEqual([lonely.id]);
    expect(await ids('fotboll')).toEqual([]);
    // Nothing searchable in the text: no match, never an error.
    expect(await ids('&|!:*')).toEqual([]);
  });
});
