// The knowledge base in Chromium: axe finds no WCAG 2.1 A/AA violation on the overview, on every
// knowledge page and on the rules over time, in Swedish and English; the pages are the same
// documents without JavaScript, and work there; the comparison table is reachable by keyboard.
import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { loadContentLibrary } from '../../../content/index';
import { LANGS } from '../../../engine/index';
import { axeViolations } from '../../../test-support/axe-audit';
import { describeInBrowser, usePageContexts } from '../../../test-support/browser';
import { describeFocus, tabTo } from '../../../test-support/keyboard';
import { serveAppForTests } from '../../../test-support/served-app';
import { webMessages } from '../../locales/index';

const baseUrl = serveAppForTests();
const library = loadContentLibrary();

const PATHS = [
  '/kunskap',
  '/kunskap/regler-over-tid',
  ...library.pages.map((p) => `/kunskap/${p.id}`),
  // A refused date: the page with its error summary and marked field.
  '/kunskap/iop?datum=fel',
];
const CASES = PATHS.flatMap((path) =>
  LANGS.map(
    (lang) =>
      [
        path,
        lang,
        lang === 'sv' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=en`,
      ] as const,
  ),
);

describeInBrowser('knowledge base in Chromium', (browser) => {
  const contexts = usePageContexts(browser);
  const open = (context: BrowserContext, path: string): Promise<Page> =>
    contexts.open(context, `${baseUrl()}${path}`);

  it.each(CASES)('%s in %s has no axe violations', async (_path, _lang, url) => {
    const withoutJs = await open(contexts.noScript(), url);
    const audited = await open(contexts.audit(), url);
    expect(await audited.locator('script').count()).toBe(0);
    expect(await audited.content()).toBe(await withoutJs.content());
    expect(await axeViolations(audited)).toEqual([]);
    await withoutJs.close();
    await audited.close();
  });

  it.each(LANGS)(
    'choosing a date without JavaScript shows the rules of that date (%s)',
    async (lang) => {
      const t = webMessages(lang).knowledge.page;
      const page = await open(
        contexts.noScript(),
        lang === 'sv' ? '/kunskap/reserved-ideburen' : '/kunskap/reserved-ideburen?lang=en',
      );
      await page.getByLabel(t.dateLabel).fill('2022-06-01');
      await Promise.all([
        page.waitForNavigation(),
        page.getByRole('button', { name: t.dateButton }).click(),
      ]);
      expect(new URL(page.url()).searchParams.get('datum')).toBe('2022-06-01');
      expect(new URL(page.url()).searchParams.get('lang')).toBe(lang === 'sv' ? null : 'en');
      expect(await page.locator('[data-rule-set="lou-2022-02"]').count()).toBe(1);
      expect(await page.locator('[data-verdict="not-allowed"]').count()).toBe(1);

      await page.getByLabel(t.dateLabel).fill('2023-06-01');
      await Promise.all([
        page.waitForNavigation(),
        page.getByRole('button', { name: t.dateButton }).click(),
      ]);
      expect(await page.locator('[data-rule-set="lou-2023-01"]').count()).toBe(1);
      expect(await page.locator('[data-code="ideburen.public-benefit-required"]').count()).toBe(1);

      await page.getByLabel(t.dateLabel).fill('den första juni');
      const [response] = await Promise.all([
        page.waitForNavigation(),
        page.getByRole('button', { name: t.dateButton }).click(),
      ]);
      expect(response?.status()).toBe(400);
      expect(await page.locator('.error-summary').textContent()).toContain(
        t.dateInvalid('den första juni'),
      );
      expect(await page.getByLabel(t.dateLabel).getAttribute('aria-invalid')).toBe('true');
      await page.close();
    },
  );

  it('follows the link into the guide without JavaScript, keeping the page’s answers', async () => {
    const page = await open(contexts.noScript(), '/kunskap/iop');
    const t = webMessages('sv').knowledge.page;
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('link', { name: t.interviewLink }).click(),
    ]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/vagledning/fraga/startDate');
    expect(url.searchParams.get('goal')).toBe(
      library.pages.find((p) => p.id === 'iop')?.interview.goal,
    );
    await page.close();
  });

  it.each(LANGS)(
    'reaches the comparison table by Tab and scrolls it with the arrow keys (%s)',
    async (lang) => {
      const page = await contexts.noScript().newPage();
      // A phone-sized window, where the table is wider than the screen.
      await page.setViewportSize({ width: 700, height: 900 });
      await page.goto(`${baseUrl()}/kunskap${lang === 'sv' ? '' : '?lang=en'}`);
      const focus = await tabTo(
        page,
        (f) => f.className.includes('table-scroll'),
        'the comparison table',
      );
      expect(focus.text, describeFocus(focus)).toContain(
        webMessages(lang).knowledge.overview.compareCaption,
      );
      const scrollable = await page.evaluate<boolean>(
        "(() => { const el = document.querySelector('.table-scroll'); return el.scrollWidth > el.clientWidth; })()",
      );
      expect(scrollable).toBe(true);
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      // Keyboard scrolling may be animated: wait for it to move.
      await expect
        .poll(() => page.evaluate<number>("document.querySelector('.table-scroll').scrollLeft"))
        .toBeGreaterThan(0);
      await page.close();
    },
  );

  it.each([
    ['/kunskap', 'knowledge'],
    ['/kunskap/iop', 'knowledge'],
    ['/vagledning', 'interview'],
  ] as const)('the main navigation marks the section of %s', async (path, section) => {
    const page = await open(contexts.noScript(), path);
    const t = webMessages('sv').layout.mainNav;
    const nav = page.getByRole('navigation', { name: t.label });
    // the guide, knowledge, glossary, directory, board and search
    expect(await nav.locator('a').count()).toBe(6);
    const current = nav.locator('a[aria-current="page"]');
    expect(await current.count()).toBe(1);
    expect(await current.textContent()).toBe(t[section]);
    await page.close();
  });
});
