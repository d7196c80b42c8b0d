// axe in Chromium, reported so that a failure names the rule, the element and its markup.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { WCAG_TAGS } from './browser';

/** Every WCAG 2.1 A and AA violation axe finds on the page, one line per rule and element. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.help}): ${n.target.join(' ')} ${n.html.slice(0, 200)} — ${n.failureSummary ?? ''}`,
    ),
  );
}

/**
 * The document as a visitor without JavaScript gets it: axe needs JavaScript, so the audited
 * page runs in a context with it, and this shows that nothing there differs.
 */
export async function documentOf(page: Page): Promise<{ html: string; scripts: number }> {
  return { html: await page.content(), scripts: await page.locator('script').count() };
}
