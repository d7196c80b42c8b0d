import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { createInvitation, createSession, createUser } from '../../../accounts/index';
import {
  accountContext,
  auditAccountPage,
  serveAccountAppForTests,
} from '../../../test-support/account-browser';
import {
  createTestMember,
  createTestOrganisation,
  nextTestEmail,
  TEST_PASSWORD,
  type TestMember,
} from '../../../test-support/accounts';
import { axeViolations } from '../../../test-support/axe-audit';
import { describeInBrowser } from '../../../test-support/browser';
import { organisationMessages } from '../../locales/organisation-messages';

const served = serveAccountAppForTests();

/** A new invitation to the organisation of `ownerId`, made directly; returns its token. */
async function invitationToken(organisationId: string, ownerId: string, email: string) {
  const { token } = await served.db().transaction((tx) =>
    createInvitation(tx, {
      organisationId,
      email,
      role: 'editor',
      invitedBy: ownerId,
      actor: { kind: 'user', userId: ownerId },
      now: new Date(),
    }),
  );
  return token;
}

/** Presses a button by keyboard and waits for the page the form leads to. */
async function press(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  await Promise.all([page.waitForEvent('load'), button.press('Enter')]);
}

/** Chooses a radio by keyboard (the input itself is drawn over by its label's styled circle). */
async function choose(page: Page, label: string): Promise<void> {
  const radio = page.getByLabel(label);
  await radio.focus();
  await page.keyboard.press('Space');
  expect(await radio.isChecked()).toBe(true);
}

let team: Promise<TestMember> | undefined;

/** An owner with a reader and an entry or two in the log, made once for the page audits. */
function ownerWithTeam(): Promise<TestMember> {
  team ??= (async () => {
    const owner = await createTestOrganisation(served.db(), served.app(), {
      name: 'Föreningen Axe',
      kind: 'ideburen',
    });
    await createTestMember(served.db(), served.app(), owner.organisationId, 'reader');
    await invitationToken(owner.organisationId, owner.user.id, nextTestEmail('waiting'));
    return owner;
  })();
  return team;
}

describeInBrowser('organisation pages in Chromium', (browser) => {
  const ownerPages = [
    '/organisation',
    '/organisation/ny',
    '/organisation/medlemmar',
    '/organisation/medlemmar?klart=role',
    '/organisation/inbjudningar',
    '/organisation/api-nycklar',
    '/organisation/logg',
  ];
  it.each(ownerPages.flatMap((path) => [path, `${path}${path.includes('?') ? '&' : '?'}lang=en`]))(
    "the owner's page %s has no axe violations and is the same without JavaScript",
    async (path) => {
      const owner = await ownerWithTeam();
      expect(await auditAccountPage(browser(), served.url(), path, owner.sessionId)).toBe(200);
    },
  );

  it.each(['', '?lang=en'])(
    "a reader's pages have no axe violations and are the same without JavaScript (%s)",
    async (lang) => {
      const owner = await ownerWithTeam();
      const reader = await createTestMember(
        served.db(),
        served.app(),
        owner.organisationId,
        'reader',
      );
      for (const path of ['/organisation', '/organisation/medlemmar']) {
        expect(
          await auditAccountPage(browser(), served.url(), `${path}${lang}`, reader.sessionId),
        ).toBe(200);
      }
    },
  );

  it.each(['', '?lang=en'])(
    'the page of a person without an organisation has no axe violations (%s)',
    async (lang) => {
      const alone = await createUser(served.db(), {
        email: nextTestEmail('alone'),
        name: 'Ensam',
        password: null,
      });
      const session = await createSession(served.db(), {
        userId: alone.id,
        method: 'password',
        now: new Date(),
      });
      expect(await auditAccountPage(browser(), served.url(), `/organisation${lang}`, session)).toBe(
        200,
      );
    },
  );

  it.each(['', '?lang=en'])(
    'the page of an invitation link has no axe violations: for a visitor, signed in, and when the link is unusable (%s)',
    async (lang) => {
      const owner = await ownerWithTeam();
      const other = await createTestOrganisation(served.db(), served.app(), { name: 'Annan' });
      const token = await invitationToken(
        owner.organisationId,
        owner.user.id,
        nextTestEmail('new'),
      );
      const link = `/inbjudan/${token}${lang}`;
      expect(await auditAccountPage(browser(), served.url(), link)).toBe(200);
      expect(await auditAccountPage(browser(), served.url(), link, other.sessionId)).toBe(200);
      expect(await auditAccountPage(browser(), served.url(), `/inbjudan/okand${lang}`)).toBe(404);
    },
    60_000,
  );

  it('creates a token, invites a colleague who signs up through the link, and changes and removes them, by keyboard without JavaScript', async () => {
    const t = organisationMessages('sv');
    const owner = await createTestOrganisation(served.db(), served.app(), {
      name: 'Tangentbordet',
    });
    const context = await accountContext(browser(), {
      javaScript: false,
      baseUrl: served.url(),
      sessionId: owner.sessionId,
    });
    const page = await context.newPage();

    await page.goto(`${served.url()}/organisation/api-nycklar`);
    await press(page, t.tokens.button);
    await expect.poll(() => page.locator(':focus').getAttribute('class')).toBe('error-summary');
    await page.getByLabel(t.tokens.name).fill('Ärendesystemet');
    await choose(page, t.scopes.write);
    await press(page, t.tokens.button);
    const secret = await page.getByLabel(t.tokens.secretLabel).inputValue();
    expect(secret).toMatch(/^svk_/);
    // Opened again, the page lists the token but never shows its secret.
    await page.goto(`${served.url()}/organisation/api-nycklar`);
    expect(await page.content()).not.toContain(secret);
    expect(await page.locator('tbody').textContent()).toContain('Ärendesystemet');
    await press(page, `${t.tokens.revoke}${t.tokens.revokeFor('Ärendesystemet')}`);
    await press(page, t.tokens.confirmRevokeButton);
    expect(await page.getByRole('status').textContent()).toContain(t.notices['token-revoked']);

    await page.goto(`${served.url()}/organisation/inbjudningar`);
    const email = nextTestEmail('colleague');
    await page.getByLabel(t.invitations.email).fill(email);
    await choose(page, 'Läsare');
    await press(page, t.invitations.button);
    const link = await page.getByLabel(t.invitations.linkLabel).inputValue();
    expect(link).toContain('/inbjudan/');

    const newcomer = await accountContext(browser(), { javaScript: false, baseUrl: served.url() });
    const joining = await newcomer.newPage();
    await joining.goto(link);
    await joining.getByLabel(t.accept.name).fill('Kollega Karlsson');
    await joining.getByLabel(t.accept.password, { exact: true }).fill(TEST_PASSWORD);
    await joining.getByLabel(t.accept.passwordConfirm).fill(TEST_PASSWORD);
    await press(joining, t.accept.createButton);
    expect(new URL(joining.url()).pathname).toBe('/organisation');
    expect(await joining.getByRole('status').textContent()).toContain(t.notices.joined);
    await newcomer.close();

    await page.goto(`${served.url()}/organisation/medlemmar`);
    await page.getByLabel(t.members.roleFor('Kollega Karlsson')).selectOption('editor');
    await press(page, `${t.members.changeRole}${t.members.changeRoleFor('Kollega Karlsson')}`);
    expect(await page.getByRole('status').textContent()).toContain(t.notices.role);
    expect(await page.locator('tbody').textContent()).toContain('redaktör');
    await press(page, `${t.members.remove}${t.members.removeFor('Kollega Karlsson')}`);
    await press(page, t.members.confirmRemoveButton);
    expect(await page.locator('tbody').textContent()).not.toContain('Kollega Karlsson');

    // The last owner: the refusal takes focus.
    await page.getByLabel(t.members.roleFor(owner.user.name)).selectOption('reader');
    await press(page, `${t.members.changeRole}${t.members.changeRoleFor(owner.user.name)}`);
    await expect.poll(() => page.locator(':focus').getAttribute('class')).toBe('error-summary');
    expect(await page.locator('.error-summary').textContent()).toContain(t.members.lastOwner);
    await context.close();
  }, 60_000);

  it.each(['sv', 'en'] as const)(
    'the answers to forms (a new token, a new invitation, refusals, a question) have no axe violations (%s)',
    async (lang) => {
      const t = organisationMessages(lang);
      const q = lang === 'en' ? '?lang=en' : '';
      const owner = await createTestOrganisation(served.db(), served.app(), { name: 'Svaren' });
      const reader = await createTestMember(
        served.db(),
        served.app(),
        owner.organisationId,
        'reader',
      );
      const context = await accountContext(browser(), {
        javaScript: true,
        baseUrl: served.url(),
        sessionId: owner.sessionId,
      });
      const page = await context.newPage();
      const audit = async (what: string) => {
        expect([what, await axeViolations(page)]).toEqual([what, []]);
      };

      await page.goto(`${served.url()}/organisation/api-nycklar${q}`);
      await page.getByLabel(t.tokens.name).fill('x'.repeat(101));
      await press(page, t.tokens.button);
      await audit('token form with an error');
      await page.getByLabel(t.tokens.name).fill('Rapporter');
      await press(page, t.tokens.button);
      await audit('a new token');
      await press(page, `${t.tokens.revoke}${t.tokens.revokeFor('Rapporter')}`);
      await audit('the question before revoking');

      await page.goto(`${served.url()}/organisation/inbjudningar${q}`);
      await page.getByLabel(t.invitations.email).fill('inte en adress');
      await press(page, t.invitations.button);
      await audit('invitation form with an error');
      await page.getByLabel(t.invitations.email).fill(nextTestEmail('axe'));
      await press(page, t.invitations.button);
      await audit('a new invitation');

      await page.goto(`${served.url()}/organisation/medlemmar${q}`);
      await press(page, `${t.members.remove}${t.members.removeFor(owner.user.name)}`);
      await audit('the last owner refused');
      await press(page, `${t.members.remove}${t.members.removeFor(reader.user.name)}`);
      await audit('the question before removing');

      await page.goto(`${served.url()}/organisation${q}`);
      await choose(page, t.legalForms.stiftelse);
      await press(page, t.overview.legalFormButton);
      await audit('the legal form saved');
      await context.close();
    },
    60_000,
  );
});
