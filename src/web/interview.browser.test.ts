// The guided interview in Chromium: journeys with JavaScript off for the contract's worked
// examples, answered as a person answers them, and the same verdicts through permalinks.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  specExamples,
  verdictMatches,
  type SpecExample,
} from '../domain/assessment/spec-examples.fixture';
import { answerLabel, interviewField } from '../domain/interview';
import type { Case } from '../rules';
import { describeInBrowser } from '../test-support/browser';
import { serveAppForTests } from '../test-support/served-app';
import { caseFacts, casePermalink, resultUrl } from '../test-support/interview-case';
import { driveInterview, pageVerdicts, showResult } from '../test-support/interview-driver';

const EXAMPLES = specExamples();
/** The examples driven through the pages; the others differ from these only in figures. */
const JOURNEYS = ['01', '02', '04', '05', '06', '08'];
/** A journey loads a page or two per question; on a busy machine that takes a while. */
const JOURNEY_TIMEOUT_MS = 180_000;

const baseUrl = serveAppForTests();

function example(prefix: string): SpecExample {
  const found = EXAMPLES.find((e) => e.file.startsWith(`${prefix}-`));
  if (found === undefined) throw new Error(`no example ${prefix}`);
  return found;
}

/** Every expectation of the example that the page does not meet, with the verdict it shows. */
function unmet(ex: SpecExample, verdicts: Record<string, string>): string[] {
  return ex.expect
    .filter((e) => !verdictMatches(e.verdict, verdicts[e.form] ?? 'missing'))
    .map((e) => `${e.form}: expected ${e.verdict}, page shows ${verdicts[e.form] ?? 'nothing'}`);
}

describeInBrowser('guided interview in Chromium, JavaScript off', (browser) => {
  let context: BrowserContext;

  beforeAll(async () => {
    context = await browser().newContext({ javaScriptEnabled: false });
  });

  afterAll(async () => {
    await context?.close();
  });

  async function withPage<T>(body: (page: Page) => Promise<T>): Promise<T> {
    const page = await context.newPage();
    try {
      return await body(page);
    } finally {
      await page.close();
    }
  }

  describe('a person answers the questions of a worked example', () => {
    it.each(JOURNEYS.flatMap((n) => (['sv', 'en'] as const).map((lang) => [n, lang] as const)))(
      'example %s in %s reaches the expected verdicts',
      (n, lang) =>
        withPage(async (page) => {
          const ex = example(n);
          const journey = await driveInterview(page, baseUrl(), ex.case as unknown as Case, lang);
          expect(journey.steps.length).toBeGreaterThan(3);
          const result = await showResult(page, lang);
          expect(result.status()).toBe(200);
          expect(new URL(page.url()).pathname).toBe('/vagledning/resultat');
          expect(unmet(ex, await pageVerdicts(page))).toEqual([]);
        }),
      JOURNEY_TIMEOUT_MS,
    );
  });

  describe('permalinks of every worked example', () => {
    it.each(
      EXAMPLES.flatMap((ex) => (['sv', 'en'] as const).map((lang) => [ex.file, lang] as const)),
    )('%s in %s shows the expected verdicts', (file, lang) =>
      withPage(async (page) => {
        const ex = EXAMPLES.find((e) => e.file === file)!;
        const response = await page.goto(
          `${baseUrl()}${resultUrl(ex.case as unknown as Case, lang)}`,
        );
        expect(response?.status()).toBe(200);
        expect(unmet(ex, await pageVerdicts(page))).toEqual([]);
      }),
    );

    it.each(
      EXAMPLES.flatMap((ex) => (['sv', 'en'] as const).map((lang) => [ex.file, lang] as const)),
    )('%s in %s: the check-answers page shows every fact of the permalink', (file, lang) =>
      withPage(async (page) => {
        const ex = EXAMPLES.find((e) => e.file === file)!;
        const c = ex.case as unknown as Case;
        const { params, left } = casePermalink(c);
        expect(left).toEqual(['subject.description']);
        if (lang === 'en') params.set('lang', 'en');
        const response = await page.goto(`${baseUrl()}/vagledning/svar?${params.toString()}`);
        expect(response?.status()).toBe(200);
        const shown = new Map<string, string>();
        for (const row of await page.locator('.summary-list__row').all()) {
          const key = (await row.locator('dt').textContent())?.trim() ?? '';
          const value = (await row.locator('.summary-list__value').textContent())?.trim() ?? '';
          shown.set(key, value);
        }
        const missing: string[] = [];
        for (const [path, value] of caseFacts(c)) {
          const field = interviewField(path);
          if (field === undefined) continue;
          const expected = answerLabel(field, { kind: 'value', value }, lang);
          const actual = shown.get(field.question[lang]);
          if (actual !== expected)
            missing.push(`${path}: expected "${expected}", shows "${actual}"`);
        }
        expect(missing).toEqual([]);
      }),
    );
  });
});
