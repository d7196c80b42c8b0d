// The account pages, password reset and the privacy page in Chromium: no axe violation in Swedish
// and English, the same document with and without JavaScript, and the whole reset by keyboard
// with JavaScript off, from the request to a signed-in account page.
import type { BrowserContext, Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import { createPasswordReset, createUser, readOutbox } from '../../../accounts/index';
import {
  accountContext,
  auditAccountPage,
  serveAccountAppForTests,
} from '../../../test-support/account-browser';
import { axeViolations } from '../../../test-support/axe-audit';
import {
  createTestMember,
  createTestOrganisation,
  nextTestEmail,
  TEST_PASSWORD,
} from '../../../test-support/accounts';
import { describeInBrowser } from '../../../test-support/browser';
import { SESSION_COOKIE } from '../../auth/auth-cookies';
import { accountMessages } from '../../locales/account-messages';

const served = serveAccountAppForTests();
const LANGS = ['sv', 'en'] as const;

function inLang(path: string, lang: 'sv' | 'en'): string {
  return lang === 'sv' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=en`;
}

/** Opens `path` in a context with JavaScript (for axe) and returns the page. */
async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${served.url()}${path}`);
  return page;
}

describeInBrowser('the account pages in Chromium', (browser) => {
  const publicPages = LANGS.flatMap((lang) =>
    (
      [
        ['/integritet', 200],
        ['/aterstall-losenord', 200],
        ['a reset link', 200],
        ['/aterstall-losenord/finns-inte', 404],
        ['/konto/radera?raderat=1', 200],
      ] as const
    ).map(([path, status]) => [path, lang, status] as const),
  );

  it.each(publicPages)('%s (%s) has no axe violations', async (path, lang, status) => {
    let target: string = path;
    if (path === 'a reset link') {
      const user = await createUser(served.db(), {
        email: nextTestEmail('axe'),
        name: 'Axel',
        password: TEST_PASSWORD,
      });
      const token = await createPasswordReset(served.db(), { userId: user.id, now: new Date() });
      target = `/aterstall-losenord/${token}`;
    }
    expect(await auditAccountPage(browser(), served.url(), inLang(target, lang))).toBe(status);
  });

  const signedInPages = LANGS.flatMap((lang) =>
    (
      [
        ['/konto', 'an owner with members'],
        ['/konto?sparat=1', 'an owner with members'],
        ['/konto/radera', 'an owner with members'],
        ['/konto/radera', 'the only member'],
      ] as const
    ).map(([path, who]) => [path, who, lang] as const),
  );

  it.each(signedInPages)('%s for %s (%s) has no axe violations', async (path, who, lang) => {
    const owner = await createTestOrganisation(served.db(), served.app(), { name: 'Kommunen' });
    if (who === 'an owner with members') {
      await createTestMember(served.db(), served.app(), owner.organisationId, 'reader');
    }
    expect(
      await auditAccountPage(browser(), served.url(), inLang(path, lang), owner.sessionId),
    ).toBe(200);
  });

  it.each(LANGS)('the pages that answer forms have no axe violations (%s)', async (lang) => {
    const t = accountMessages(lang);
    const owner = await createTestOrganisation(served.db(), served.app());
    const context = await accountContext(browser(), {
      javaScript: true,
      baseUrl: served.url(),
      sessionId: owner.sessionId,
    });
    try {
      const account = await open(context, inLang('/konto', lang));
      await account.getByLabel(t.account.name, { exact: true }).fill('');
      await account.getByRole('button', { name: t.account.saveDetails }).click();
      await account.waitForLoadState();
      expect(await account.locator('.error-summary').count()).toBe(1);
      expect(await axeViolations(account)).toEqual([]);

      await account.getByLabel(t.account.currentPassword).fill('fel lösenord helt');
      await account.getByRole('button', { name: t.account.changePassword }).click();
      await account.waitForLoadState();
      expect(await account.locator('#currentPassword-error').count()).toBe(1);
      expect(await axeViolations(account)).toEqual([]);

      const deletion = await open(context, inLang('/konto/radera', lang));
      await deletion.getByRole('button', { name: t.deletion.button }).click();
      await deletion.waitForLoadState();
      expect(await deletion.locator('#password-error').count()).toBe(1);
      expect(await axeViolations(deletion)).toEqual([]);
    } finally {
      await context.close();
    }

    const anonymous = await accountContext(browser(), { javaScript: true, baseUrl: served.url() });
    try {
      const request = await open(anonymous, inLang('/aterstall-losenord', lang));
      await request.getByRole('button', { name: t.reset.button }).click();
      await request.waitForLoadState();
      expect(await request.locator('#email-error').count()).toBe(1);
      expect(await axeViolations(request)).toEqual([]);
      await request.getByLabel(t.reset.email).fill(nextTestEmail('nobody'));
      await request.getByRole('button', { name: t.reset.button }).click();
      await request.waitForLoadState();
      expect(await request.locator('h1').textContent()).toBe(t.reset.sentTitle);
      expect(await axeViolations(request)).toEqual([]);
    } finally {
      await anonymous.close();
    }
  });

  it('resets a password by keyboard with JavaScript off, and lands signed in on the account page', async () => {
    const t = accountMessages('sv');
    const email = nextTestEmail('keyboard');
    await createUser(served.db(), { email, name: 'Kim Tangent', password: TEST_PASSWORD });
    const context = await accountContext(browser(), { javaScript: false, baseUrl: served.url() });
    try {
      const page = await context.newPage();
      await page.goto(`${served.url()}/logga-in`);
      await page.getByRole('link', { name: 'Har du glömt lösenordet?' }).press('Enter');
      await page.waitForURL(/\/aterstall-losenord$/);
      await page.getByLabel(t.reset.email).fill(email);
      await page.getByLabel(t.reset.email).press('Enter');
      await page.waitForLoadState();
      expect(await page.locator('h1').textContent()).toBe(t.reset.sentTitle);

      const mail = await vi.waitFor(
        async () => {
          const found = (await readOutbox(served.db())).find((m) => m.to === email);
          if (!found) throw new Error('no mail yet');
          return found;
        },
        { timeout: 5000, interval: 20 },
      );
      const link = /https?:\/\/\S+/.exec(mail.body)?.[0] ?? '';
      expect(link.startsWith(`${served.url()}/aterstall-losenord/`)).toBe(true);
      await page.goto(link);
      await page.getByLabel(t.reset.newPassword, { exact: true }).fill('mitt nya långa lösenord');
      await page.getByLabel(t.reset.newPasswordConfirm).fill('mitt nya långa lösenord');
      await page.getByLabel(t.reset.newPasswordConfirm).press('Enter');
      await page.waitForURL(/\/konto\?losenord=1$/);
      expect(await page.getByRole('status').textContent()).toBe(t.account.passwordChanged);
      expect(await page.locator('main').textContent()).toContain('Kim Tangent');
      const session = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
      expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });

      await page.goto(link);
      expect(await page.locator('h1').textContent()).toBe(t.reset.invalidTitle);
    } finally {
      await context.close();
    }
  });
});
