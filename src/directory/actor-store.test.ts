import { expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { describeEachDatabase } from '../test-support/databases';
import { findActorByOrgnr, findActorOfOrganisation } from './actor-records';
import { confirmOwnActor, saveOwnActor, suggestActor } from './actor-store';
import {
  actorInput,
  auditActions,
  insertImportedActor,
  insertTestOrganisation,
} from './directory.fixture';

const OPERATOR = { kind: 'operator' } as const;
// 22:30 UTC on 31 March is already 1 April in Sweden (summer time).
const NOW = new Date('2025-03-31T22:30:00Z');
const LATER = new Date('2025-06-10T08:00:00Z');

describeEachDatabase('the organisation’s own directory entry', (target) => {
  it('is created listed, as the member’s, confirmed on the Swedish day, with its audit entry', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const org = await insertTestOrganisation(db, 'ideburen');
    const input = actorInput({
      orgnr: org.orgnr,
      name: 'Träffpunkt Hisingen',
      areaCodes: '1480|14',
      goals: ['aldre'],
      disadvantagedStaffShare: '35 %',
      registeredIdeburenOn: '2023-02-01',
      registeredIdeburen: 'ja',
      collaborations: [{ title: 'Sommarträffar', partner: 'Göteborgs stad', year: 2024 }],
    });
    const saved = await saveOwnActor(db, { organisation: org, input, actor: OPERATOR, now: NOW });
    expect(saved.outcome).toBe('created');
    if (saved.outcome !== 'created') return;
    expect(saved.record).toMatchObject({
      orgnr: org.orgnr,
      organisationId: org.id,
      source: 'member',
      listed: true,
      version: 1,
      lastConfirmedOn: '2025-04-01',
      registeredIdeburenOn: '2023-02-01',
      disadvantagedStaffShare: 0.35,
      areaCodes: ['1480', '14'],
    });
    expect(saved.record.collaborations[0]).toMatchObject({ title: 'Sommarträffar', year: 2024 });
    expect(await findActorOfOrganisation(db, org.id)).toEqual(saved.record);
    expect(await findActorByOrgnr(db, org.orgnr!)).toEqual(saved.record);
    const { rows } = await db.query<{ area_index: string[] }>(
      'SELECT area_index FROM actors WHERE orgnr = $1',
      [org.orgnr],
    );
    expect(rows[0]!.area_index).toEqual(['14', '1480']);
    expect(await auditActions(db, org.id)).toEqual(['profile.created']);
  });

  it('is updated at the version it was read at, and refused as a conflict at an older one', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const org = await insertTestOrganisation(db, 'social-enterprise');
    const first = actorInput({
      orgnr: org.orgnr,
      name: 'Cykelverkstan',
      kind: 'social-enterprise',
    });
    await saveOwnActor(db, { organisation: org, input: first, actor: OPERATOR, now: NOW });
    const second = { ...first, description: 'Vi lagar cyklar med arbetsträning.' };
    const updated = await saveOwnActor(db, {
      organisation: org,
      input: second,
      expectedVersion: 1,
      actor: OPERATOR,
      now: LATER,
    });
    expect(updated.outcome).toBe('updated');
    if (updated.outcome !== 'updated') return;
    expect(updated.record.version).toBe(2);
    expect(updated.record.lastConfirmedOn).toBe('2025-06-10');

    const stale = await saveOwnActor(db, {
      organisation: org,
      input: { ...first, name: 'Gamla namnet' },
      expectedVersion: 1,
      actor: OPERATOR,
      now: LATER,
    });
    expect(stale).toEqual({ outcome: 'conflict', current: updated.record });
    expect((await findActorOfOrganisation(db, org.id))?.name).toBe('Cykelverkstan');
    const { rows } = await db.query<{ action: string; detail: { changed?: string[] } }>(
      'SELECT action, detail FROM audit_log WHERE organisation_id = $1 ORDER BY id',
      [org.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['profile.created', 'profile.updated']);
    expect(rows[1]!.detail.changed).toEqual(['description']);
  });

  it('refuses another orgnr, and a public body', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const org = await insertTestOrganisation(db, 'ideburen');
    const other = await insertTestOrganisation(db, 'ideburen');
    const body = await insertTestOrganisation(db, 'public-body');
    const input = actorInput({ orgnr: other.orgnr, name: 'Någon annans' });
    expect(await saveOwnActor(db, { organisation: org, input, actor: OPERATOR, now: NOW })).toEqual(
      { outcome: 'orgnr-mismatch' },
    );
    expect(
      await saveOwnActor(db, {
        organisation: body,
        input: { ...input, orgnr: body.orgnr! },
        actor: OPERATOR,
        now: NOW,
      }),
    ).toEqual({ outcome: 'not-an-actor' });
    const { rows } = await db.query('SELECT 1 FROM actors');
    expect(rows).toHaveLength(0);
  });

  it('claims an imported entry: it becomes the organisation’s, its source stays', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const org = await insertTestOrganisation(db, 'ideburen');
    await insertImportedActor(db, actorInput({ orgnr: org.orgnr, name: 'Från registret' }));
    const input = actorInput({ orgnr: org.orgnr, name: 'Vårt eget namn' });
    const claimed = await saveOwnActor(db, { organisation: org, input, actor: OPERATOR, now: NOW });
    expect(claimed.outcome).toBe('claimed');
    if (claimed.outcome !== 'claimed') return;
    expect(claimed.record).toMatchObject({
      name: 'Vårt eget namn',
      organisationId: org.id,
      source: 'import',
      listed: true,
      version: 2,
    });
    expect(await auditActions(db, org.id)).toEqual(['profile.claimed']);
  });

  it('keeps a suggestion unlisted and visible only to the suggester and the organisation itself, until claimed', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const body = await insertTestOrganisation(db, 'public-body');
    const stranger = await insertTestOrganisation(db, 'public-body');
    const org = await insertTestOrganisation(db, 'ideburen');
    const suggestion = actorInput({ orgnr: org.orgnr, name: 'Föreslagen förening' });
    expect(
      await suggestActor(db, {
        suggestedBy: body.id,
        input: suggestion,
        actor: OPERATOR,
        now: NOW,
      }),
    ).toBe('created');
    expect(await findActorByOrgnr(db, org.orgnr!)).toBeUndefined();
    expect(await findActorByOrgnr(db, org.orgnr!, { organisationId: stranger.id })).toBeUndefined();
    expect(await findActorByOrgnr(db, org.orgnr!, { organisationId: body.id })).toMatchObject({
      listed: false,
      source: 'suggestion',
      suggestedBy: body.id,
      organisationId: null,
    });
    expect(await findActorByOrgnr(db, org.orgnr!, { organisationId: org.id })).toBeDefined();
    expect(await auditActions(db, body.id)).toEqual(['actor.suggested']);

    // A second suggestion of the same number changes nothing.
    expect(
      await suggestActor(db, {
        suggestedBy: stranger.id,
        input: { ...suggestion, name: 'Annat namn' },
        actor: OPERATOR,
        now: NOW,
      }),
    ).toBe('exists');
    expect((await findActorByOrgnr(db, org.orgnr!, { organisationId: body.id }))?.name).toBe(
      'Föreslagen förening',
    );
    expect(await auditActions(db, stranger.id)).toEqual([]);

    const claimed = await saveOwnActor(db, {
      organisation: org,
      input: { ...suggestion, name: 'Förening med eget namn' },
      actor: OPERATOR,
      now: NOW,
    });
    expect(claimed.outcome).toBe('claimed');
    expect(await findActorByOrgnr(db, org.orgnr!)).toMatchObject({
      listed: true,
      source: 'suggestion',
      organisationId: org.id,
    });
    // Once claimed, a suggestion is refused as existing and does not overwrite the entry.
    expect(
      await suggestActor(db, {
        suggestedBy: body.id,
        input: suggestion,
        actor: OPERATOR,
        now: NOW,
      }),
    ).toBe('exists');
    expect((await findActorByOrgnr(db, org.orgnr!))?.name).toBe('Förening med eget namn');
  });

  it('confirms the entry on the Swedish day without a new version', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const org = await insertTestOrganisation(db, 'ideburen');
    const none = await insertTestOrganisation(db, 'ideburen');
    const input = actorInput({ orgnr: org.orgnr, name: 'Bekräftad förening' });
    await saveOwnActor(db, { organisation: org, input, actor: OPERATOR, now: NOW });
    const confirmed = await confirmOwnActor(db, {
      organisationId: org.id,
      actor: OPERATOR,
      now: new Date('2025-12-31T23:30:00Z'),
    });
    expect(confirmed).toMatchObject({ lastConfirmedOn: '2026-01-01', version: 1 });
    expect(await auditActions(db, org.id)).toEqual(['profile.created', 'profile.confirmed']);
    expect(
      await confirmOwnActor(db, { organisationId: none.id, actor: OPERATOR, now: NOW }),
    ).toBeUndefined();
    expect(await auditActions(db, none.id)).toEqual([]);
  });
});
