import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, WCAG_TAGS } from '../test-support/browser';
import { serveAppForTests } from '../test-support/served-app';
import { webMessages } from './locales/index';

const baseUrl = serveAppForTests();

describeInBrowser('pages in Chromium, JavaScript off', (browser) => {
  let context: BrowserContext;
  // axe is itself JavaScript and needs timers, which do not run in a page with JavaScript off.
  // It audits the same address in a second context; the test first shows that the document
  // there is exactly the one a visitor without JavaScript gets.
  let auditContext: BrowserContext;

  beforeAll(async () => {
    context = await browser().newContext({ javaScriptEnabled: false });
    auditContext = await browser().newContext({ javaScriptEnabled: true });
  });

  afterAll(async () => {
    await context?.close();
    await auditContext?.close();
  });

  async function open(path: string, inContext = context): Promise<Page> {
    const page = await inContext.newPage();
    await page.goto(`${baseUrl()}${path}`);
    return page;
  }

  async function violations(page: Page): Promise<string[]> {
    const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }

  it.each([
    ['home page, Swedish', '/'],
    ['home page, English', '/?lang=en'],
    ['404 page, Swedish', '/no-such-page'],
    ['404 page, English', '/no-such-page?lang=en'],
  ])('%s has no axe violations (WCAG 2.1 A and AA)', async (_name, path) => {
    const withoutJs = await open(path);
    const audited = await open(path, auditContext);
    expect(await audited.locator('script').count()).toBe(0);
    expect(await audited.content()).toBe(await withoutJs.content());

    expect(await violations(audited)).toEqual([]);
    await withoutJs.close();
    await audited.close();
  });

  it('loads the stylesheet under the content security policy: the skip link waits off screen', async () => {
    const page = await open('/');
    const skipLink = page.locator('.skip-link');
    const box = await skipLink.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it.each(['sv', 'en'] as const)(
    'makes the skip link the first Tab stop, shown on screen, and it moves focus to the main content (%s)',
    async (lang) => {
      const page = await open(lang === 'sv' ? '/' : '/?lang=en');
      await page.keyboard.press('Tab');
      const first = page.locator(':focus');
      await expect.poll(() => first.textContent()).toBe(webMessages(lang).layout.skipLink);
      const box = await first.boundingBox();
      expect(box?.y).toBeGreaterThanOrEqual(0);

      await page.keyboard.press('Enter');

      expect(new URL(page.url()).hash).toBe('#main');
      expect(await page.locator(':focus').getAttribute('id')).toBe('main');
      await page.keyboard.press('Tab');
      // The next stop is the first link inside main, not back in the header.
      expect(await page.locator('main :focus').count()).toBe(1);
      expect(await page.locator('header :focus').count()).toBe(0);
      await page.close();
    },
  );

  it('switches language with the visible link', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: webMessages('sv').layout.otherLanguageLink }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('samverka');
    await page.close();
  });
});
