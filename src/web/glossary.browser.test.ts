// The glossary and the terms explained in the guide, in Chromium: axe finds no WCAG 2.1 A/AA
// violation on the glossary (whole, searched, listed by one side, without hits) and on pages with
// explained terms, in Swedish and English; with JavaScript off, a term opens its explanation by
// mouse and by keyboard, Escape closes it, and the link to the glossary lands on the entry.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentLibrary } from '../content';
import { specExamples } from '../domain/assessment/spec-examples.fixture';
import type { Lang } from '../engine';
import type { Case } from '../rules';
import { axeViolations, documentOf } from '../test-support/axe-audit';
import { describeInBrowser } from '../test-support/browser';
import { resultUrl } from '../test-support/interview-case';
import { focusState, tabTo } from '../test-support/keyboard';
import { serveAppForTests } from '../test-support/served-app';
import { termMessages } from './locales/terms';

const baseUrl = serveAppForTests();
const library = loadContentLibrary();
const LANGS = ['sv', 'en'] as const;

function withLang(url: string, lang: Lang): string {
  if (lang === 'sv') return url;
  return `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`;
}

const EXAMPLE = specExamples().find((e) => e.file.startsWith('05'))!;
/** A question whose wording and hint use glossary terms. */
const QUESTION = '/vagledning/fraga/sameKindPurchasesThisFinancialYearSek?startDate=2023-03-01';

/** Pages with glossary terms explained, or the glossary itself, by name. */
function auditedPages(lang: Lang): [string, string][] {
  return [
    ['the glossary', withLang('/ordlista', lang)],
    ['the glossary searched', withLang('/ordlista?q=erbjudande', lang)],
    ['the glossary without hits', withLang('/ordlista?q=xyzzyq', lang)],
    ['the glossary by the civil-society side', withLang('/ordlista?sida=civilsamhalle', lang)],
    ['the glossary with a search text too long', withLang(`/ordlista?q=${'a'.repeat(201)}`, lang)],
    ['a question with explained terms', withLang(QUESTION, lang)],
    ['a result with explained terms', resultUrl(EXAMPLE.case as unknown as Case, lang)],
  ];
}

/** The first explained term of the page: its button, its popover and its glossary entry. */
async function firstTerm(page: Page) {
  const button = page.locator('button.term').first();
  const target = await button.getAttribute('popovertarget');
  if (target === null) throw new Error(`${page.url()}: no explained term`);
  const entry = library.glossary.find((e) => `term-${e.id}` === target);
  if (entry === undefined) throw new Error(`${target} names no glossary entry`);
  return { button, popover: page.locator(`[id="${target}"]`), entry, target };
}

describeInBrowser('the glossary and explained terms in Chromium', (browser) => {
  describe.each(LANGS)('axe (%s)', (lang) => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await browser().newContext();
    });
    afterAll(async () => {
      await context.close();
    });

    it.each(auditedPages(lang))('finds no violation on %s', async (_name, url) => {
      const page = await context.newPage();
      try {
        const response = await page.goto(baseUrl() + url);
        expect([200, 400]).toContain(response?.status());
        expect(await axeViolations(page)).toEqual([]);
        expect((await documentOf(page)).scripts).toBe(0);
      } finally {
        await page.close();
      }
    });

    it.each([
      ['a question', QUESTION],
      ['a knowledge page', '/kunskap/iop'],
      [
        'a result',
        `/vagledning/resultat?${new URL(resultUrl(EXAMPLE.case as unknown as Case, 'sv'), 'http://x').searchParams.toString()}`,
      ],
    ])('finds no violation on %s with an explanation open', async (_name, url) => {
      const page = await context.newPage();
      try {
        await page.goto(baseUrl() + withLang(url, lang));
        const { button, popover } = await firstTerm(page);
        await button.click();
        expect(await popover.isVisible()).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });

  describe('with JavaScript off', () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await browser().newContext({ javaScriptEnabled: false });
    });
    afterAll(async () => {
      await context.close();
    });

    it.each([
      ['a question (sv)', withLang(QUESTION, 'sv'), 'sv'],
      ['a question (en)', withLang(QUESTION, 'en'), 'en'],
      ['a result (sv)', resultUrl(EXAMPLE.case as unknown as Case, 'sv'), 'sv'],
      ['a result (en)', resultUrl(EXAMPLE.case as unknown as Case, 'en'), 'en'],
    ] as const)(
      'opens a term’s explanation by a click and closes it with Escape on %s',
      async (_name, url, lang) => {
        const page = await context.newPage();
        try {
          await page.goto(baseUrl() + url);
          const { button, popover, entry } = await firstTerm(page);
          expect(await popover.isVisible()).toBe(false);
          await button.click();
          expect(await popover.isVisible()).toBe(true);
          const text = (await popover.innerText()).replace(/\s+/g, ' ');
          expect(text).toContain(entry.definition[lang].replace(/\s+/g, ' '));
          expect(text).toContain(termMessages(lang).readMore);
          await page.keyboard.press('Escape');
          expect(await popover.isVisible()).toBe(false);
          // The close button closes it too.
          await button.click();
          await popover.getByRole('button', { name: termMessages(lang).close }).click();
          expect(await popover.isVisible()).toBe(false);
        } finally {
          await page.close();
        }
      },
    );

    it.each(LANGS)(
      'opens a term by keyboard only, reaches "Mer i ordlistan" and lands on the entry (%s)',
      async (lang) => {
        const page = await context.newPage();
        try {
          await page.goto(baseUrl() + withLang(QUESTION, lang));
          const { popover, entry, target } = await firstTerm(page);
          const focus = await tabTo(page, (f) => f.className === 'term', 'the first term');
          expect(focus.tag).toBe('BUTTON');
          await page.keyboard.press('Enter');
          expect(await popover.isVisible()).toBe(true);
          const readMore = termMessages(lang).readMore;
          const link = await tabTo(page, (f) => f.text === readMore, `"${readMore}"`, 5);
          expect(link.href).toBe(withLang('/ordlista', lang) + `#${entry.id}`);
          expect(await popover.isVisible()).toBe(true);
          await Promise.all([page.waitForURL(/\/ordlista/), page.keyboard.press('Enter')]);
          expect(new URL(page.url()).hash).toBe(`#${entry.id}`);
          await expectInView(page, entry.id);
          expect(target).toBe(`term-${entry.id}`);
          // Escape from the keyboard closes an explanation opened by the keyboard.
          await page.goBack();
          await tabTo(page, (f) => f.className === 'term', 'the first term');
          await page.keyboard.press('Enter');
          expect(await popover.isVisible()).toBe(true);
          await page.keyboard.press('Escape');
          expect(await popover.isVisible()).toBe(false);
          expect((await focusState(page)).className).toBe('term');
        } finally {
          await page.close();
        }
      },
    );

    it.each(LANGS)(
      'explains the terms of a knowledge page the same way, by click and by keyboard (%s)',
      async (lang) => {
        const page = await context.newPage();
        try {
          const response = await page.goto(baseUrl() + withLang('/kunskap/iop', lang));
          expect(response?.status()).toBe(200);
          const { button, popover, entry } = await firstTerm(page);
          await button.click();
          expect(await popover.isVisible()).toBe(true);
          expect((await popover.innerText()).replace(/\s+/g, ' ')).toContain(
            entry.definition[lang].replace(/\s+/g, ' '),
          );
          await page.keyboard.press('Escape');
          expect(await popover.isVisible()).toBe(false);
          await page.goto(baseUrl() + withLang('/kunskap/iop', lang));
          await tabTo(page, (f) => f.className === 'term', 'the first term', 120);
          await page.keyboard.press('Enter');
          expect(await popover.isVisible()).toBe(true);
          const readMore = termMessages(lang).readMore;
          const link = await tabTo(page, (f) => f.text === readMore, `"${readMore}"`, 5);
          expect(link.href).toBe(withLang('/ordlista', lang) + `#${entry.id}`);
          await page.keyboard.press('Escape');
          expect(await popover.isVisible()).toBe(false);
        } finally {
          await page.close();
        }
      },
    );

    it.each(LANGS)('follows the index of the glossary to an entry (%s)', async (lang) => {
      const page = await context.newPage();
      try {
        await page.goto(baseUrl() + withLang('/ordlista', lang));
        const last = library.glossary.at(-1)!;
        await page.locator(`.glossary-index a[href="#${last.id}"]`).click();
        expect(new URL(page.url()).hash).toBe(`#${last.id}`);
        await expectInView(page, last.id);
      } finally {
        await page.close();
      }
    });

    it('searches the glossary from either side with the form, without JavaScript', async () => {
      const page = await context.newPage();
      try {
        await page.goto(`${baseUrl()}/ordlista`);
        await page.getByLabel('Ord att söka efter').fill('erbjudande');
        await Promise.all([page.waitForURL(/q=erbjudande/), page.keyboard.press('Enter')]);
        expect(await page.locator('section.glossary-entry').first().getAttribute('id')).toBe(
          'anbud',
        );
        await page.getByLabel('Visa orden').selectOption('upphandling');
        await page.getByLabel('Ord att söka efter').fill('');
        await Promise.all([
          page.waitForURL(/sida=upphandling/),
          page.getByRole('button', { name: 'Visa', exact: true }).click(),
        ]);
        const rows = await page.locator('tbody th[scope="row"]').allInnerTexts();
        expect(rows.length).toBe(library.glossary.flatMap((e) => e.procurement.sv).length);
      } finally {
        await page.close();
      }
    });
  });
});

/** The element with `id` is at the top of the viewport, where an anchor link puts it. */
async function expectInView(page: Page, id: string): Promise<void> {
  const box = await page.locator(`[id="${id}"]`).boundingBox();
  expect(box).not.toBeNull();
  const viewport = page.viewportSize()!;
  expect(box!.y).toBeGreaterThanOrEqual(-1);
  expect(box!.y).toBeLessThan(viewport.height / 2);
}
