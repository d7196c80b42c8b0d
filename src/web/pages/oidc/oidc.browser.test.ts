// Sign-in through the organisation's identity provider in Chromium, with JavaScript off: from the
// sign-in page through the page on the way, the provider (oidc-provider on its own port) and back,
// under the real Content-Security-Policy (form-action 'self') and with the real __Host- cookies.
// The pages of this flow and the provider's settings have no axe violations in either language.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { saveOidcProvider } from '../../../accounts/index';
import {
  accountContext,
  auditAccountPage,
  serveAccountAppForTests,
} from '../../../test-support/account-browser';
import { axeViolations } from '../../../test-support/axe-audit';
import { createTestOrganisation, type TestMember } from '../../../test-support/accounts';
import { describeInBrowser } from '../../../test-support/browser';
import { startTestOidcProvider, type TestOidcProvider } from '../../../test-support/oidc-provider';
import { SESSION_COOKIE } from '../../auth/auth-cookies';
import { oidcMessages } from '../../locales/oidc-messages';
import { signInMessages } from '../../locales/sign-in-messages';

const served = serveAccountAppForTests();
const DOMAIN = 'kommun.example';
const LANGS = ['sv', 'en'] as const;
let idp: TestOidcProvider;
let owner: TestMember;

beforeAll(async () => {
  idp = await startTestOidcProvider({ redirectUri: `${served.url()}/logga-in/organisation/svar` });
  owner = await createTestOrganisation(served.db(), served.app(), { name: 'Kommunen' });
  await served.db().transaction((tx) =>
    saveOidcProvider(tx, {
      organisationId: owner.organisationId,
      settings: {
        emailDomain: DOMAIN,
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        defaultRole: 'reader',
      },
      actor: { kind: 'operator' },
      now: new Date(),
    }),
  );
});

afterAll(async () => {
  await idp.close();
});

function inLang(path: string, lang: 'sv' | 'en'): string {
  return lang === 'sv' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=en`;
}

describeInBrowser('sign-in through the organisation in Chromium', (browser) => {
  it('signs in by keyboard with JavaScript off, from the sign-in page to the provider and back', async () => {
    const t = signInMessages('sv').signIn;
    const o = oidcMessages('sv');
    const context = await accountContext(browser(), { javaScript: false, baseUrl: served.url() });
    try {
      const page = await context.newPage();
      const blocked: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
      });
      await page.goto(`${served.url()}/logga-in`);
      await page.locator('#oidc-email').fill(`eva@${DOMAIN}`);
      await page.getByRole('button', { name: t.organisationButton }).press('Enter');
      await page.waitForLoadState();
      expect(await page.locator('h1').textContent()).toBe(o.onward.title('Kommunen'));

      idp.signInAs({ sub: 'eva', email: `eva@${DOMAIN}`, email_verified: true, name: 'Eva Ek' });
      const host = new URL(idp.issuer).host;
      await page.getByRole('link', { name: o.onward.button(host) }).press('Enter');
      await page.waitForURL(/\/arenden$/);
      expect(blocked).toEqual([]);
      const session = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
      expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });
      expect(await page.locator('.account-nav').textContent()).toContain('Eva Ek');
    } finally {
      await context.close();
    }
  });

  const pages = LANGS.flatMap((lang) =>
    (
      [
        ['the address form', '/logga-in/organisation', 200, false],
        // The failure page, as a callback without a sign-in in progress gets it.
        ['the failure page', '/logga-in/organisation/svar', 400, false],
        ['the settings', '/organisation/inloggning', 200, true],
      ] as const
    ).map(([name, path, status, signedIn]) => [name, lang, path, status, signedIn] as const),
  );

  it.each(pages)('%s (%s) has no axe violations', async (_name, lang, path, status, signedIn) => {
    expect(
      await auditAccountPage(
        browser(),
        served.url(),
        inLang(path, lang),
        signedIn ? owner.sessionId : undefined,
      ),
    ).toBe(status);
  });

  it.each(LANGS)('the answers to the address form have no axe violations (%s)', async (lang) => {
    const o = oidcMessages(lang);
    const context = await accountContext(browser(), { javaScript: true, baseUrl: served.url() });
    try {
      const page = await context.newPage();
      await page.goto(`${served.url()}${inLang('/logga-in/organisation', lang)}`);
      await page.getByLabel(o.start.email).fill('someone@no-provider.example');
      await page.getByRole('button', { name: o.start.button }).click();
      await page.waitForLoadState();
      expect(await page.locator('#email-error').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel(o.start.email).fill(`someone@${DOMAIN}`);
      await page.getByRole('button', { name: o.start.button }).click();
      await page.waitForLoadState();
      expect(await page.locator('h1').textContent()).toBe(o.onward.title('Kommunen'));
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
