import { expect, it } from 'vitest';
import {
  createApiToken,
  createOrganisation,
  createUser,
  listAudit,
  type AuditActor,
} from '../accounts/index';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { currentRulesVersion } from '../domain/cases/index';
import { describeEachDatabase } from '../test-support/databases';
import { nextTestEmail, nextTestOrgnr } from '../test-support/accounts';
import { changeCase, saveCase, type CaseChangeContext } from './case-changes';
import { latestAssessment } from './case-records';
import { findCase, listCases } from './case-store';
import { IDEBUREN_CANDIDATE } from '../test-support/ideburen-candidate';

const NOW = new Date('2026-11-26T10:00:00Z');

async function organisation(db: Database, name: string): Promise<CaseChangeContext> {
  const user = await createUser(db, { email: nextTestEmail('case'), name, password: null });
  const org = await createOrganisation(db, {
    name: `Organisation för ${name}`,
    orgnr: nextTestOrgnr(),
    kind: 'public-body',
    ownerId: user.id,
    actor: { kind: 'user', userId: user.id },
    now: NOW,
  });
  return {
    organisationId: org.id,
    actor: { kind: 'user', userId: user.id },
    userId: user.id,
    actorName: name,
    now: NOW,
  };
}

function later(context: CaseChangeContext, minutes: number): CaseChangeContext {
  return { ...context, now: new Date(context.now.getTime() + minutes * 60_000) };
}

async function caseAudit(db: Database, context: CaseChangeContext, caseId: string) {
  const entries = await listAudit(db, context.organisationId, { limit: 100 });
  return entries
    .filter((e) => e.subjectType === 'case' && e.subjectId === caseId)
    .reverse()
    .map((e) => [e.action, e.detail] as const);
}

describeEachDatabase('saved cases in the database', (target) => {
  async function fresh() {
    const { db, openAnother } = await target.fresh();
    await migrate(db);
    return { db, openAnother };
  }

  it('saves a case with its facts, title and assessment, and the rules it was made under', async () => {
    const { db } = await fresh();
    const anna = await organisation(db, 'Anna');
    const saved = await saveCase(db, anna, { title: 'Boende för unga', facts: IDEBUREN_CANDIDATE });
    const found = await findCase(db, anna.organisationId, saved.id);
    expect(found).toMatchObject({
      id: saved.id,
      title: 'Boende för unga',
      facts: IDEBUREN_CANDIDATE,
      status: 'open',
      version: 1,
      createdBy: { userId: anna.userId, name: 'Anna' },
    });
    expect(found?.createdAt).toEqual(NOW);
    const assessment = latestAssessment(found!);
    expect(assessment).toMatchObject({
      id: saved.assessmentId,
      asOf: '2022-06-01',
      ruleSetId: 'lou-2022-02',
      rulesVersion: currentRulesVersion(),
      assessedBy: { userId: anna.userId, name: 'Anna' },
    });
    expect(assessment.ruleValues.ruleSet).toEqual({
      id: 'lou-2022-02',
      validFrom: '2022-02-01',
      validTo: '2022-12-31',
    });
    expect(assessment.ruleValues.threshold?.sek).toBe(7_802_550);
    expect(assessment.assessment.lang).toBe('sv');
    expect(assessment.assessment.options).toHaveLength(12);
    expect(await caseAudit(db, anna, saved.id)).toEqual([
      [
        'case.created',
        {
          title: 'Boende för unga',
          assessmentId: saved.assessmentId,
          asOf: '2022-06-01',
          ruleSetId: 'lou-2022-02',
          rulesVersion: currentRulesVersion(),
        },
      ],
    ]);
  });

  it("never finds another organisation's case, nor an id that is not a UUID", async () => {
    const { db } = await fresh();
    const anna = await organisation(db, 'Anna');
    const bo = await organisation(db, 'Bo');
    const saved = await saveCase(db, anna, { title: 'Annas ärende', facts: IDEBUREN_CANDIDATE });
    expect(await findCase(db, bo.organisationId, saved.id)).toBeUndefined();
    expect(await findCase(db, anna.organisationId, 'not-a-uuid')).toBeUndefined();
    expect(await listCases(db, bo.organisationId, { status: 'all', limit: 10, offset: 0 })).toEqual(
      { cases: [], total: 0 },
    );
    expect(await changeCase(db, bo, saved.id, 1, { title: 'Stulet' })).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect((await findCase(db, anna.organisationId, saved.id))?.title).toBe('Annas ärende');
  });

  it('lists open and archived cases apart, newest change first, a page at a time', async () => {
    const { db } = await fresh();
    const anna = await organisation(db, 'Anna');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        (await saveCase(db, later(anna, i), { title: `Ärende ${i}`, facts: IDEBUREN_CANDIDATE }))
          .id,
      );
    }
    await changeCase(db, later(anna, 10), ids[1]!, 1, { status: 'archived' });
    const open = await listCases(db, anna.organisationId, { status: 'open', limit: 2, offset: 0 });
    expect(open.total).toBe(4);
    expect(open.cases.map((c) => c.title)).toEqual(['Ärende 4', 'Ärende 3']);
    const next = await listCases(db, anna.organisationId, { status: 'open', limit: 2, offset: 2 });
    expect(next.cases.map((c) => c.title)).toEqual(['Ärende 2', 'Ärende 0']);
    const past = await listCases(db, anna.organisationId, { status: 'open', limit: 2, offset: 8 });
    expect(past).toEqual({ cases: [], total: 4 });
    const archived = await listCases(db, anna.organisationId, {
      status: 'archived',
      limit: 10,
      offset: 0,
    });
    expect(archived.cases).toMatchObject([
      { id: ids[1], status: 'archived', version: 2, asOf: '2022-06-01', ruleSetId: 'lou-2022-02' },
    ]);
  });

  it('renames, adds notes, re-assesses and records the decision on the latest assessment', async () => {
    const { db } = await fresh();
    const anna = await organisation(db, 'Anna');
    const saved = await saveCase(db, anna, { title: 'Boende', facts: IDEBUREN_CANDIDATE });
    const renamed = await changeCase(db, later(anna, 1), saved.id, 1, { title: 'Boende för unga' });
    expect(renamed).toEqual({ ok: true, version: 2, changed: true });
    const noted = await changeCase(db, later(anna, 2), saved.id, 2, { note: 'Rad ett\nRad två' });
    const reassessed = await changeCase(db, later(anna, 3), saved.id, 3, {
      reassessOn: '2023-03-01',
    });
    const decided = await changeCase(db, later(anna, 4), saved.id, 4, {
      decision: { form: 'reserved-ideburen', motivation: 'Reserverad upphandling passar.' },
    });
    expect([noted.ok, reassessed.ok, decided.ok]).toEqual([true, true, true]);
    const found = await findCase(db, anna.organisationId, saved.id);
    expect(found?.version).toBe(5);
    expect(found?.title).toBe('Boende för unga');
    expect(found?.notes.map((n) => [n.body, n.author.name])).toEqual([
      ['Rad ett\nRad två', 'Anna'],
    ]);
    expect(found?.assessments.map((a) => [a.asOf, a.ruleSetId])).toEqual([
      ['2022-06-01', 'lou-2022-02'],
      ['2023-03-01', 'lou-2023-01'],
    ]);
    const newest = found!.assessments[1]!;
    expect(reassessed.ok && reassessed.assessmentId).toBe(newest.id);
    expect(newest.assessment.options.find((o) => o.form === 'reserved-ideburen')?.verdict).toBe(
      'allowed-if',
    );
    expect(found?.decisions).toMatchObject([
      {
        form: 'reserved-ideburen',
        motivation: 'Reserverad upphandling passar.',
        assessmentId: newest.id,
        decidedBy: { userId: anna.userId, name: 'Anna' },
      },
    ]);
    const actions = (await caseAudit(db, anna, saved.id)).map(([action]) => action);
    expect(actions).toEqual([
      'case.created',
      'case.renamed',
      'case.note-added',
      'case.reassessed',
      'case.decided',
    ]);
    expect((await caseAudit(db, anna, saved.id))[1]).toEqual([
      'case.renamed',
      { from: 'Boende', to: 'Boende för unga' },
    ]);
  });

  it('keeps the first of two changes from the same version and refuses the second', async () => {
    const { db } = await fresh();
    const anna = await organisation(db, 'Anna');
    const saved = await saveCase(db, anna, { title: 'Boende', facts: IDEBUREN_CANDIDATE });
    const first = await changeCase(db, anna, saved.id, 1, { title: 'Annas titel' });
    const second = await changeCase(db, anna, saved.id, 1, { title: 'Bos titel', note: 'Hej' });
    expect(first).toMatchObject({ ok: true, version: 2 });
    expect(second).toEqual({ ok: false, reason: 'conflict', currentVersion: 2 });
    const found = await findCase(db, anna.organisationId, saved.id);
    expect(found).toMatchObject({ title: 'Annas titel', version: 2, notes: [] });
    expect((await caseAudit(db, anna, saved.id)).map(([a]) => a)).toEqual([
      'case.created',
      'case.renamed',
    ]);
  });

  it('lets exactly one of two simultaneous changes from the same version through', async () => {
    const { db, openAnother } = await fresh();
    const other = await openAnother();
    const anna = await organisation(db, 'Anna');
    const saved = await saveCase(db, anna, { title: 'Boende', facts: IDEBUREN_CANDIDATE });
    const results = await Promise.all([
      changeCase(db, anna, saved.id, 1, { note: 'Från den första' }),
      changeCase(other, anna, saved.id, 1, { note: 'Från den andra' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, reason: 'conflict', currentVersion: 2 },
    ]);
    const found = await findCase(db, anna.organisationId, saved.id);
    expect(found?.notes).toHaveLength(1);
    expect(found?.version).toBe(2);
  });

  it('takes no change on an archived case but its restoring', async () => {
    const { db } = await fresh();
    const anna = await organisation(db, 'Anna');
    const saved = await saveCase(db, anna, { title: 'Boende', facts: IDEBUREN_CANDIDATE });
    expect(await changeCase(db, anna, saved.id, 1, { status: 'archived' })).toMatchObject({
      ok: true,
      version: 2,
    });
    expect(await changeCase(db, anna, saved.id, 2, { note: 'x' })).toEqual({
      ok: false,
      reason: 'archived',
    });
    expect(await changeCase(db, anna, saved.id, 2, { status: 'archived' })).toEqual({
      ok: true,
      version: 2,
      changed: false,
    });
    // An open case may take a last note and be archived in one change.
    const other = await saveCase(db, anna, { title: 'Annat', facts: IDEBUREN_CANDIDATE });
    expect(
      await changeCase(db, anna, other.id, 1, { note: 'Avslutat', status: 'archived' }),
    ).toMatchObject({ ok: true, version: 2 });
    const restored = await changeCase(db, anna, saved.id, 2, { status: 'open', title: 'Åter' });
    expect(restored).toMatchObject({ ok: true, version: 3 });
    expect((await caseAudit(db, anna, saved.id)).map(([a]) => a)).toEqual([
      'case.created',
      'case.archived',
      'case.restored',
      'case.renamed',
    ]);
  });

  it('names the API token that saved a case', async () => {
    const { db } = await fresh();
    const anna = await organisation(db, 'Anna');
    const { token } = await createApiToken(db, {
      organisationId: anna.organisationId,
      name: 'Ärendesystemet',
      scope: 'write',
      createdBy: anna.userId,
      now: NOW,
    });
    const actor: AuditActor = { kind: 'token', tokenId: token.id };
    const byToken = { ...anna, actor, userId: null, actorName: 'API: Ärendesystemet' };
    const saved = await saveCase(db, byToken, { title: 'Via API', facts: IDEBUREN_CANDIDATE });
    await changeCase(db, byToken, saved.id, 1, { note: 'Från systemet' });
    const found = await findCase(db, anna.organisationId, saved.id);
    expect(found?.createdBy).toEqual({ userId: null, name: 'API: Ärendesystemet' });
    expect(found?.assessments[0]?.assessedBy).toEqual({
      userId: null,
      name: 'API: Ärendesystemet',
    });
    expect(found?.notes[0]?.author).toEqual({ userId: null, name: 'API: Ärendesystemet' });
  });
});
