// Drives the guided interview in a browser as a person does: reads which question the page asks,
// answers it from the facts of a case by the visible labels, and presses the buttons.
import type { Page, Response } from 'playwright-core';
import { interviewField, type InterviewField } from '../domain/interview';
import type { Lang } from '../engine';
import type { Case } from '../rules';
import { webMessages } from '../web/locales/index';
import { plannedAnswer, type PlannedAnswer } from './interview-case';

/** The address prefix of a question page; the rest of the path is the field asked. */
export const QUESTION_PREFIX = '/vagledning/fraga/';

/** The field a question page asks, read from its address, or undefined on another page. */
export function askedField(url: string): InterviewField | undefined {
  const { pathname } = new URL(url);
  if (!pathname.startsWith(QUESTION_PREFIX)) return undefined;
  const path = decodeURIComponent(pathname.slice(QUESTION_PREFIX.length));
  const field = interviewField(path);
  if (field === undefined) throw new Error(`the page asks for ${path}, which is no field`);
  return field;
}

/** Runs `action` and returns the response of the navigation it causes. */
export async function navigation(page: Page, action: () => Promise<void>): Promise<Response> {
  const [response] = await Promise.all([page.waitForNavigation(), action()]);
  if (response === null) throw new Error(`no response after an action on ${page.url()}`);
  return response;
}

/** Fills in `answer` on the question page open in `page` (for CPV: searches first). */
export async function fillAnswer(page: Page, answer: PlannedAnswer, lang: Lang): Promise<void> {
  const t = webMessages(lang).interview;
  const main = page.locator('main');
  switch (answer.kind) {
    case 'radio':
      // "Vet inte" is a radio among radios, a checkbox beside text inputs: both are chosen by
      // clicking their label, as a person does.
      await choose(page, answer.label);
      return;
    case 'text':
      await main.getByRole('textbox').fill(answer.text);
      return;
    case 'date':
      await main.getByLabel(t.inputs.day, { exact: true }).fill(answer.day);
      await main.getByLabel(t.inputs.month, { exact: true }).fill(answer.month);
      await main.getByLabel(t.inputs.year, { exact: true }).fill(answer.year);
      return;
    case 'cpv':
      for (const { code, word } of answer.codes) {
        await main.getByLabel(t.cpv.searchLabel).fill(word);
        const found = await navigation(page, () =>
          main.getByRole('button', { name: t.cpv.searchButton, exact: true }).click(),
        );
        if (found.status() !== 200) {
          throw new Error(`searching CPV for "${word}" answered ${found.status()}`);
        }
        await choose(page, new RegExp(`^\\s*${code}\\b`));
      }
      return;
  }
}

/** Clicks the label of a radio or checkbox and checks that its input is now chosen. */
export async function choose(page: Page, label: string | RegExp): Promise<void> {
  const main = page.locator('main');
  const text = main.locator('label').filter({
    hasText: typeof label === 'string' ? new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) : label,
  });
  if ((await text.count()) !== 1) {
    throw new Error(`${page.url()}: ${await text.count()} labels read "${String(label)}"`);
  }
  await text.click();
  const input = main.locator(`#${(await text.getAttribute('for')) ?? ''}`);
  if (!(await input.isChecked())) throw new Error(`${page.url()}: "${String(label)}" not chosen`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Presses the question's continue button and returns the response. */
export function submitAnswer(page: Page, lang: Lang): Promise<Response> {
  const t = webMessages(lang).interview;
  return navigation(page, () =>
    page.locator('main').getByRole('button', { name: t.continueButton, exact: true }).click(),
  );
}

/** One step of a journey: the field asked and the answer given. */
export interface JourneyStep {
  field: string;
  answer: PlannedAnswer;
}

/** The steps of a journey, and the page it stopped on (the check-answers page). */
export interface Journey {
  steps: JourneyStep[];
  checkAnswersUrl: string;
}

/**
 * From the start page to the check-answers page: presses start, answers every question from the
 * facts of `c` ("Vet inte" where the case leaves a fact unknown), and fails after `maxSteps`
 * questions, on a question asked again, on a page that is not 200, and on a page that does not
 * ask the question its address names.
 */
export async function driveInterview(
  page: Page,
  baseUrl: string,
  c: Case,
  lang: Lang,
  maxSteps = 40,
): Promise<Journey> {
  const t = webMessages(lang).interview;
  const start = await page.goto(`${baseUrl}/vagledning${lang === 'sv' ? '' : '?lang=en'}`);
  if (start?.status() !== 200) throw new Error(`the start page answered ${start?.status()}`);
  let response = await navigation(page, () =>
    page.locator('main').getByRole('link', { name: t.start.startButton, exact: true }).click(),
  );
  const steps: JourneyStep[] = [];
  for (;;) {
    if (response.status() !== 200) {
      throw new Error(`${page.url()} answered ${response.status()} after ${describe(steps)}`);
    }
    const field = askedField(page.url());
    if (field === undefined) break;
    if (steps.length >= maxSteps) {
      throw new Error(`more than ${maxSteps} questions: ${describe(steps)}`);
    }
    if (steps.some((s) => s.field === field.path)) {
      const errors = await page.locator('.error-summary').allTextContents();
      throw new Error(`${field.path} asked again after ${describe(steps)}; ${errors.join(' ')}`);
    }
    // As a reader sees it: a closed term explanation in the heading is not part of its text.
    const heading = (await page.locator('main h1').innerText()).replace(/\s+/g, ' ');
    if (!heading.includes(field.question[lang])) {
      throw new Error(`${page.url()} asks "${heading}", not "${field.question[lang]}"`);
    }
    const answer = plannedAnswer(field, c, lang);
    steps.push({ field: field.path, answer });
    await fillAnswer(page, answer, lang);
    response = await submitAnswer(page, lang);
  }
  const { pathname } = new URL(page.url());
  if (pathname !== '/vagledning/svar') {
    throw new Error(`the journey ended on ${page.url()}, not the check-answers page`);
  }
  return { steps, checkAnswersUrl: page.url() };
}

/** From the check-answers page to the result, by its button; returns the response. */
export function showResult(page: Page, lang: Lang): Promise<Response> {
  const t = webMessages(lang).interview;
  return navigation(page, () =>
    page
      .locator('main')
      .getByRole('link', { name: t.check.resultButton, exact: true })
      .or(page.locator('main').getByRole('button', { name: t.check.resultButton, exact: true }))
      .click(),
  );
}

/** The verdict each form's block on a result page carries, by form id. */
export async function pageVerdicts(page: Page): Promise<Record<string, string>> {
  const blocks = page.locator('[data-form]');
  const verdicts: Record<string, string> = {};
  for (const block of await blocks.all()) {
    const form = await block.getAttribute('data-form');
    const verdict = await block.getAttribute('data-verdict');
    if (form === null || verdict === null) continue;
    if (verdicts[form] !== undefined && verdicts[form] !== verdict) {
      throw new Error(`${form} shows two verdicts: ${verdicts[form]} and ${verdict}`);
    }
    verdicts[form] = verdict;
  }
  return verdicts;
}

function describe(steps: readonly JourneyStep[]): string {
  return steps.map((s) => s.field).join(' → ') || 'the start';
}
