import { expect, it } from 'vitest';
import { createUser } from '../../../accounts/index';
import {
  auditAccountPage,
  accountContext,
  serveAccountAppForTests,
} from '../../../test-support/account-browser';
import {
  createTestOrganisation,
  nextTestEmail,
  nextTestOrgnr,
  TEST_PASSWORD,
} from '../../../test-support/accounts';
import { describeInBrowser } from '../../../test-support/browser';
import { SESSION_COOKIE } from '../../auth/auth-cookies';
import { signInMessages } from '../../locales/sign-in-messages';
import { webMessages } from '../../locales/index';

const served = serveAccountAppForTests();

describeInBrowser('sign-in and sign-up in Chromium', (browser) => {
  it.each([
    ['sign-in, Swedish', '/logga-in', 200],
    ['sign-in, English', '/logga-in?lang=en', 200],
    ['sign-up, Swedish', '/registrera', 200],
    ['sign-up, English', '/registrera?lang=en', 200],
    ['signed out notice', '/logga-in?utloggad=1', 200],
  ])('%s has no axe violations and is the same without JavaScript', async (_name, path, status) => {
    expect(await auditAccountPage(browser(), served.url(), path)).toBe(status);
  });

  it('shows the header of a signed-in member without axe violations, in both languages', async () => {
    const owner = await createTestOrganisation(served.db(), served.app(), {
      name: 'Kommunen Test',
    });
    expect(await auditAccountPage(browser(), served.url(), '/', owner.sessionId)).toBe(200);
    expect(await auditAccountPage(browser(), served.url(), '/?lang=en', owner.sessionId)).toBe(200);
  });

  it('signs up, signs out and signs in again with JavaScript off, by keyboard', async () => {
    const t = signInMessages('sv');
    const context = await accountContext(browser(), { javaScript: false, baseUrl: served.url() });
    const page = await context.newPage();
    await page.goto(`${served.url()}/registrera`);
    // A mistake first: the error summary takes focus and leads to the field.
    await page.getByRole('button', { name: t.signUp.button }).press('Enter');
    await expect.poll(() => page.locator(':focus').getAttribute('class')).toBe('error-summary');

    const email = nextTestEmail('browser');
    await page.getByLabel(t.signUp.name, { exact: true }).fill('Karin Karlsson');
    await page.getByLabel(t.signUp.email).fill(email);
    await page.getByLabel(t.signUp.password, { exact: true }).fill(TEST_PASSWORD);
    await page.getByLabel(t.signUp.passwordConfirm).fill(TEST_PASSWORD);
    await page.getByLabel(t.signUp.organisationName).fill('Föreningen Tillsammans');
    await page.getByLabel(t.signUp.orgnr).fill(nextTestOrgnr());
    await page.getByLabel(t.signUp.kind).selectOption('ideburen');
    await page.getByRole('button', { name: t.signUp.button }).press('Enter');
    await page.waitForURL(/\/organisation$/);
    const layout = webMessages('sv').layout.account;
    expect(await page.locator('.account-nav').textContent()).toContain('Föreningen Tillsammans');
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === SESSION_COOKIE);
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });

    await page.getByRole('button', { name: layout.signOut }).press('Enter');
    await page.waitForURL(/\/logga-in\?utloggad=1$/);
    expect(await page.getByRole('status').textContent()).toBe(t.signIn.signedOut);

    await page.getByLabel(t.signIn.email).first().fill(email);
    await page.getByLabel(t.signIn.password).fill(TEST_PASSWORD);
    await page.getByLabel(t.signIn.password).press('Enter');
    await page.waitForURL(/\/arenden$/);
    await context.close();
  });

  it('keeps the same message for a wrong password, with focus on the error summary', async () => {
    const t = signInMessages('en');
    const email = nextTestEmail('wrong');
    await createUser(served.db(), { email, name: 'Lena', password: TEST_PASSWORD });
    const context = await accountContext(browser(), { javaScript: false, baseUrl: served.url() });
    const page = await context.newPage();
    await page.goto(`${served.url()}/logga-in?lang=en`);
    await page.getByLabel(t.signIn.email).first().fill(email);
    await page.getByLabel(t.signIn.password).fill('not the password at all');
    await page.getByLabel(t.signIn.password).press('Enter');
    await expect.poll(() => page.locator(':focus').getAttribute('class')).toBe('error-summary');
    expect(await page.locator('.error-summary').textContent()).toContain(t.signIn.failed);
    await context.close();
  });
});
