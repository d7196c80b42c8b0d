// Real-browser tests: Debian's Chromium driven by playwright-core. Without Chromium the suite is
// reported as skipped, except in CI, where it fails.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CHROMIUM_PATH, chromiumAvailable, isCi } from './environment';

/** Flags for Chromium in a container: headless, no sandbox, nothing fetched from outside. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The axe rule tags every page must pass: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Declares a suite that runs in Chromium. `body` receives a function returning the browser,
 * launched once for the suite.
 */
export function describeInBrowser(title: string, body: (browser: () => Browser) => void): void {
  if (!chromiumAvailable()) {
    if (isCi()) {
      describe(title, () => {
        it('runs in Chromium', () => {
          throw new Error(`CI requires Chromium at ${CHROMIUM_PATH} (apt-get install chromium).`);
        });
      });
    } else {
      describe.skip(title, () =>
        body(() => {
          throw new Error('no browser');
        }),
      );
    }
    return;
  }
  describe(title, () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
        headless: true,
      });
    });
    afterAll(async () => {
      await browser?.close();
    });
    body(() => {
      if (!browser) throw new Error('Chromium did not start');
      return browser;
    });
  });
}

/** The two contexts of a page suite, open for the whole suite. */
export interface PageContexts {
  /** JavaScript off: what a visitor without script gets. */
  noScript(): BrowserContext;
  /** JavaScript on, for axe (which is itself JavaScript) on the same addresses. */
  audit(): BrowserContext;
  /** Opens `url` in a new page of `context`. */
  open(context: BrowserContext, url: string): Promise<Page>;
}

/** Opens a context without and one with JavaScript before the suite, and closes them after it. */
export function usePageContexts(browser: () => Browser): PageContexts {
  let noScript: BrowserContext | undefined;
  let audit: BrowserContext | undefined;
  beforeAll(async () => {
    noScript = await browser().newContext({ javaScriptEnabled: false });
    audit = await browser().newContext({ javaScriptEnabled: true });
  });
  afterAll(async () => {
    await noScript?.close();
    await audit?.close();
  });
  const need = (c: BrowserContext | undefined): BrowserContext => {
    if (c === undefined) throw new Error('the browser contexts are not open');
    return c;
  };
  return {
    noScript: () => need(noScript),
    audit: () => need(audit),
    async open(context, url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
  };
}
