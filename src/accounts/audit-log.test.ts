import { expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { describeEachDatabase } from '../test-support/databases';
import { createApiToken } from './api-tokens';
import { appendAudit, listAudit } from './audit-log';
import { auditSubjectKey, auditSubjectNames, setLegalForm } from './organisation-profile';
import { createOrganisation } from './organisations';
import { createUser } from './users';

const T0 = new Date('2026-11-26T10:00:00Z');

describeEachDatabase('the audit log', (target) => {
  it('refuses to change, delete or empty an entry', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const user = await createUser(db, { email: 'a@exempel.se', name: 'A', password: null });
    const org = await createOrganisation(db, {
      name: 'Org',
      orgnr: '2120001355',
      kind: 'public-body',
      ownerId: user.id,
      actor: { kind: 'user', userId: user.id },
      now: T0,
    });
    await expect(db.query(`UPDATE audit_log SET action = 'case.created'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    // Deleting the person leaves what they did, by id.
    await db.query('DELETE FROM users WHERE id = $1', [user.id]);
    const entries = await listAudit(db, org.id, { limit: 10 });
    expect(entries.map((e) => [e.action, e.actor])).toEqual([
      ['organisation.created', { kind: 'user', userId: user.id, name: null }],
    ]);
  });

  it('records a confirmed legal form once, and names subjects only within the organisation', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const owner = await createUser(db, { email: 'o@exempel.se', name: 'Olle', password: null });
    const actor = { kind: 'user', userId: owner.id } as const;
    const make = (orgnr: string) =>
      createOrganisation(db, {
        name: `Org ${orgnr}`,
        orgnr,
        kind: 'ideburen',
        ownerId: owner.id,
        actor,
        now: T0,
      });
    const mine = await make('8020000017');
    const theirs = await make('8020000025');
    const set = (legalForm: string) =>
      db.transaction((tx) =>
        setLegalForm(tx, { organisationId: mine.id, legalForm, actor, now: T0 }),
      );
    expect(await set('stiftelse')).toBe(true);
    expect(await set('stiftelse')).toBe(false);
    expect(await set('ideell-forening')).toBe(true);

    const { token: theirToken } = await createApiToken(db, {
      organisationId: theirs.id,
      name: 'Deras system',
      scope: 'read',
      createdBy: owner.id,
      now: T0,
    });
    // An entry of mine that names their token's id must not reveal its name.
    await appendAudit(db, {
      organisationId: mine.id,
      actor,
      action: 'token.revoked',
      subjectType: 'token',
      subjectId: theirToken.id,
      at: T0,
    });
    await appendAudit(db, {
      organisationId: mine.id,
      actor: { kind: 'operator' },
      action: 'member.joined',
      subjectType: 'membership',
      subjectId: owner.id,
      at: T0,
    });
    const entries = await listAudit(db, mine.id, { limit: 10 });
    expect(entries.map((e) => [e.action, e.detail])).toEqual([
      ['member.joined', {}],
      ['token.revoked', {}],
      ['organisation.legal-form-set', { from: 'stiftelse', to: 'ideell-forening' }],
      ['organisation.legal-form-set', { from: null, to: 'stiftelse' }],
      ['organisation.created', { name: 'Org 8020000017', orgnr: '8020000017', kind: 'ideburen' }],
    ]);
    expect(entries[0]?.actor).toEqual({ kind: 'operator' });
    const names = await auditSubjectNames(db, mine.id, entries);
    expect(names.get(auditSubjectKey('membership', owner.id))).toBe('Olle');
    expect(names.get(auditSubjectKey('organisation', mine.id))).toBe('Org 8020000017');
    expect(names.has(auditSubjectKey('token', theirToken.id))).toBe(false);
  });
});
