import { expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import type { Database } from '../db/database';
import { describeEachDatabase } from '../test-support/databases';
import { listAudit } from './audit-log';
import {
  createOidcFlow,
  EmailDomainTakenError,
  findOidcProviderByDomain,
  linkOidcIdentity,
  OIDC_FLOW_TTL_MS,
  saveOidcProvider,
  takeOidcFlow,
  type OidcProviderRecord,
} from './oidc-providers';
import { createOrganisation } from './organisations';
import { createUser } from './users';

const NOW = new Date('2026-11-26T09:00:00Z');

async function organisationWithProvider(
  db: Database,
  orgnr: string,
  domain: string,
): Promise<{ provider: OidcProviderRecord; ownerId: string }> {
  const owner = await createUser(db, { email: `owner@${domain}`, name: 'Ägare', password: null });
  const org = await createOrganisation(db, {
    name: `Org ${domain}`,
    orgnr,
    kind: 'public-body',
    ownerId: owner.id,
    actor: { kind: 'operator' },
    now: NOW,
  });
  const provider = await db.transaction((tx) =>
    saveOidcProvider(tx, {
      organisationId: org.id,
      settings: {
        emailDomain: domain.toUpperCase(),
        issuer: 'https://login.example',
        clientId: 'samverka',
        clientSecret: 'hemligt',
        defaultRole: 'editor',
      },
      actor: { kind: 'user', userId: owner.id },
      now: NOW,
    }),
  );
  return { provider, ownerId: owner.id };
}

describeEachDatabase('identity providers and their sign-ins', (target) => {
  it('finds the provider by domain in any case, and refuses a domain another organisation has', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const { provider } = await organisationWithProvider(db, '2120001355', 'kommun.example');
    expect(provider.emailDomain).toBe('kommun.example');
    expect((await findOidcProviderByDomain(db, 'KOMMUN.example'))?.id).toBe(provider.id);
    expect(await findOidcProviderByDomain(db, 'annan.example')).toBeUndefined();
    const audit = await listAudit(db, provider.organisationId, { limit: 1 });
    expect(audit[0]).toMatchObject({ action: 'oidc.configured', subjectId: provider.id });
    expect(JSON.stringify(audit[0]?.detail)).not.toContain('hemligt');

    const other = await organisationWithProvider(db, '2021005489', 'region.example');
    await expect(
      db.transaction((tx) =>
        saveOidcProvider(tx, {
          organisationId: other.provider.organisationId,
          settings: { ...provider, clientSecret: undefined, emailDomain: 'kommun.example' },
          actor: { kind: 'operator' },
          now: NOW,
        }),
      ),
    ).rejects.toBeInstanceOf(EmailDomainTakenError);
  });

  it('gives a flow once, and not after it has expired', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const { provider } = await organisationWithProvider(db, '2120001355', 'kommun.example');
    const flow = {
      providerId: provider.id,
      codeVerifier: 'verifier',
      nonce: 'nonce',
      lang: 'en' as const,
      now: NOW,
    };
    await createOidcFlow(db, { ...flow, state: 'state-1' });
    const stored = await db.query<{ state: string }>('SELECT state FROM oidc_flows');
    expect(stored.rows.map((r) => r.state)).not.toContain('state-1');
    expect(await takeOidcFlow(db, 'state-1', NOW)).toMatchObject({
      providerId: provider.id,
      codeVerifier: 'verifier',
      nonce: 'nonce',
      lang: 'en',
    });
    expect(await takeOidcFlow(db, 'state-1', NOW)).toBeUndefined();

    await createOidcFlow(db, { ...flow, state: 'state-2' });
    expect(
      await takeOidcFlow(db, 'state-2', new Date(NOW.getTime() + OIDC_FLOW_TTL_MS)),
    ).toBeUndefined();
    expect(await takeOidcFlow(db, 'state-2', NOW)).toBeUndefined();
  });

  it('creates a new person with their membership and its audit entry, and only once', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const { provider } = await organisationWithProvider(db, '2120001355', 'kommun.example');
    const identity = { email: 'Ny@kommun.example', name: 'Ny Person' };
    const first = await linkOidcIdentity(db, { provider, identity, lang: 'sv', now: NOW });
    expect(first).toMatchObject({ ok: true, joined: true });
    const second = await linkOidcIdentity(db, {
      provider,
      identity: { ...identity, email: 'ny@KOMMUN.example' },
      lang: 'sv',
      now: NOW,
    });
    expect(second).toEqual(first.ok ? { ...first, joined: false } : first);
    const { rows } = await db.query<{ role: string; password_hash: string | null }>(
      `SELECT m.role, u.password_hash FROM users u JOIN memberships m ON m.user_id = u.id
        WHERE m.organisation_id = $1 AND u.name = 'Ny Person'`,
      [provider.organisationId],
    );
    expect(rows).toEqual([{ role: 'editor', password_hash: null }]);
    const joined = (await listAudit(db, provider.organisationId, { limit: 10 })).filter(
      (e) => e.action === 'member.joined',
    );
    expect(joined).toHaveLength(1);
  });

  it('does not link an account that exists and is not a member', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const { provider } = await organisationWithProvider(db, '2120001355', 'kommun.example');
    await createUser(db, { email: 'finns@kommun.example', name: 'Finns', password: null });
    expect(
      await linkOidcIdentity(db, {
        provider,
        identity: { email: 'finns@kommun.example', name: 'Någon' },
        lang: 'sv',
        now: NOW,
      }),
    ).toEqual({ ok: false, reason: 'account-not-linked' });
    const { rows } = await db.query(
      `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'finns@kommun.example'`,
    );
    expect(rows).toEqual([]);
  });
});
