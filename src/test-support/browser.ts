// Real-browser tests: Debian's Chromium driven by playwright-core. Without Chromium the suite is
// reported as skipped, except in CI, where it fails.
import { chromium, type Browser } from 'playwright-core';
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
