// The guide with the keyboard only, JavaScript off: from /vagledning to the result with Tab,
// Shift+Tab, Space, Enter, typing, and the arrow keys that move between the radios of one group
// (a radio group is one Tab stop). Every stop must show where focus is; after a bad submit the
// error summary has focus and its link leads to the input.
import type { BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { specExamples, verdictMatches } from '../domain/assessment/spec-examples.fixture';
import type { Lang } from '../engine';
import type { Case } from '../rules';
import { describeInBrowser } from '../test-support/browser';
import { serveAppForTests } from '../test-support/served-app';
import { plannedAnswer, type PlannedAnswer } from '../test-support/interview-case';
import { askedField, pageVerdicts } from '../test-support/interview-driver';
import {
  describeFocus,
  focusState,
  pressMovingFocus,
  tabTo,
  type FocusState,
} from '../test-support/keyboard';
import { webMessages } from './locales/index';

const baseUrl = serveAppForTests();

/** Presses Enter on what has focus and returns the response of the page it leads to. */
async function enter(page: Page): Promise<Response> {
  const [response] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  if (response === null) throw new Error(`Enter on ${page.url()} led nowhere`);
  return response;
}

const isInput = (type: string) => (f: FocusState) => f.tag === 'INPUT' && f.type === type;

async function typeInto(page: Page, id: string, text: string): Promise<void> {
  const focus = await focusState(page);
  if (focus.id !== id) throw new Error(`expected focus in #${id}, found ${describeFocus(focus)}`);
  await page.keyboard.type(text);
}

/** Chooses the radio or checkbox labelled `label` with the keyboard. */
async function chooseByKeyboard(page: Page, label: string): Promise<void> {
  let focus = await tabTo(
    page,
    (f) => f.tag === 'INPUT' && (f.type === 'radio' || (f.type === 'checkbox' && f.text === label)),
    `the answer "${label}"`,
  );
  // Within a group of radios the arrow keys move, and choose, as they go.
  for (let i = 0; i < 12 && focus.text !== label; i++) {
    await page.keyboard.press('ArrowDown');
    focus = await focusState(page);
    if (!focus.indicated) throw new Error(`focus on ${describeFocus(focus)} is not visible`);
  }
  if (focus.text !== label) throw new Error(`no radio "${label}" in the group`);
  await page.keyboard.press('Space');
  expect((await focusState(page)).checked).toBe(true);
}

async function answerByKeyboard(page: Page, answer: PlannedAnswer, lang: Lang): Promise<void> {
  const t = webMessages(lang).interview;
  switch (answer.kind) {
    case 'radio':
      await chooseByKeyboard(page, answer.label);
      return;
    case 'text':
      await tabTo(page, (f) => f.id === 'answer', 'the answer box');
      await typeInto(page, 'answer', answer.text);
      return;
    case 'date':
      // After the error summary's link, focus is in the day already.
      if ((await focusState(page)).id !== 'answer') {
        await tabTo(page, (f) => f.id === 'answer', 'the day');
      }
      await typeInto(page, 'answer', answer.day);
      await pressMovingFocus(page, 'Tab');
      await typeInto(page, 'answer-month', answer.month);
      await pressMovingFocus(page, 'Tab');
      await typeInto(page, 'answer-year', answer.year);
      return;
    case 'cpv':
      for (const { code, word } of answer.codes) {
        await tabTo(page, (f) => f.id === 'q', 'the search box');
        await typeInto(page, 'q', word);
        await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === t.cpv.searchButton, 'Sök');
        expect((await enter(page)).status()).toBe(200);
        await tabTo(
          page,
          (f) => isInput('checkbox')(f) && f.text.startsWith(code),
          `the code ${code}`,
        );
        await page.keyboard.press('Space');
        expect((await focusState(page)).checked).toBe(true);
      }
      return;
  }
}

async function toContinue(page: Page, lang: Lang): Promise<void> {
  const label = webMessages(lang).interview.continueButton;
  await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === label, label);
}

describeInBrowser('guide with the keyboard only, JavaScript off', (browser) => {
  let context: BrowserContext;

  beforeAll(async () => {
    context = await browser().newContext({ javaScriptEnabled: false });
  });

  afterAll(async () => {
    await context?.close();
  });

  it.each([
    ['01', 'sv'],
    ['08', 'en'],
  ] as const)(
    'example %s in %s: start to result without a mouse',
    async (n, lang) => {
      const ex = specExamples().find((e) => e.file.startsWith(`${n}-`))!;
      const c = ex.case as unknown as Case;
      const t = webMessages(lang).interview;
      const page = await context.newPage();
      try {
        await page.goto(`${baseUrl()}/vagledning${lang === 'sv' ? '' : '?lang=en'}`);
        await tabTo(page, (f) => f.tag === 'A' && f.text === t.start.startButton, 'start');
        expect((await enter(page)).status()).toBe(200);
        expect(askedField(page.url())?.path).toBe('startDate');

        // Continue with nothing answered: the error summary takes focus, and its link leads
        // to the first input.
        await toContinue(page, lang);
        expect((await enter(page)).status()).toBe(400);
        const summary = await focusState(page);
        expect(summary.className).toContain('error-summary');
        expect(summary.indicated && summary.inView).toBe(true);
        const link = await pressMovingFocus(page, 'Tab');
        expect([link.tag, link.href]).toEqual(['A', '#answer']);
        await page.keyboard.press('Enter');
        expect((await focusState(page)).id).toBe('answer');

        const asked: string[] = [];
        for (let field = askedField(page.url()); field !== undefined;) {
          if (asked.length > 40) throw new Error(`more than 40 questions: ${asked.join(', ')}`);
          asked.push(field.path);
          await answerByKeyboard(page, plannedAnswer(field, c, lang), lang);
          await toContinue(page, lang);
          // Back one stop and forward again: Shift+Tab moves focus too.
          await pressMovingFocus(page, 'Shift+Tab');
          await pressMovingFocus(page, 'Tab');
          const response = await enter(page);
          expect(response.status(), `after answering ${field.path}`).toBe(200);
          field = askedField(page.url());
        }
        expect(new URL(page.url()).pathname).toBe('/vagledning/svar');
        expect(asked.length).toBeGreaterThan(3);

        await tabTo(page, (f) => f.tag === 'A' && f.text === t.check.resultButton, 'result');
        expect((await enter(page)).status()).toBe(200);
        expect(new URL(page.url()).pathname).toBe('/vagledning/resultat');
        const verdicts = await pageVerdicts(page);
        const unmet = ex.expect.filter((e) => !verdictMatches(e.verdict, verdicts[e.form] ?? ''));
        expect(unmet).toEqual([]);
      } finally {
        await page.close();
      }
    },
    240_000,
  );
});
