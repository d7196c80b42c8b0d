// Bad input at every step of the guide, in Chromium with JavaScript off: answers left empty,
// of the wrong kind or out of range, a CPV code that does not exist, tampered addresses and
// posts no form would send. Each gets a 4xx page that names the field and the problem in the
// page's language, keeps what was typed, and lets the person go on; none gets a 500.
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interviewField, readAnswer, readPermalink, type SubmittedForm } from '../domain/interview';
import type { Lang } from '../engine';
import { describeInBrowser } from '../test-support/browser';
import { serveAppForTests } from '../test-support/served-app';
import type { PlannedAnswer } from '../test-support/interview-case';
import { askedField, fillAnswer, submitAnswer } from '../test-support/interview-driver';
import { webMessages } from './locales/index';

const LANGS = ['sv', 'en'] as const;
const BASE = 'startDate=2023-03-01&goal=buy&counterpart=true';

function withLang(url: string, lang: Lang): string {
  if (lang === 'sv') return url;
  return `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`;
}

/** The question page for `path` with the answers of {@link BASE} but its own left open. */
function questionUrl(path: string, lang: Lang): string {
  const params = new URLSearchParams(BASE);
  params.delete(path);
  return withLang(`/vagledning/fraga/${path}?${params.toString()}`, lang);
}

/** A wrong answer typed or chosen on a page, the form it sends, and a right one after it. */
interface WrongAnswer {
  name: string;
  path: string;
  wrong: PlannedAnswer | null;
  sent: SubmittedForm;
  right: PlannedAnswer;
}

const long = 'x'.repeat(301);

const WRONG_ANSWERS: WrongAnswer[] = [
  {
    name: 'date left empty',
    path: 'startDate',
    wrong: null,
    sent: {},
    right: { kind: 'date', day: '1', month: '3', year: '2023' },
  },
  {
    name: 'date in words',
    path: 'startDate',
    wrong: { kind: 'date', day: 'första', month: 'mars', year: '2023' },
    sent: { day: 'första', month: 'mars', year: '2023' },
    right: { kind: 'date', day: '1', month: '3', year: '2023' },
  },
  {
    name: 'a date that does not exist',
    path: 'startDate',
    wrong: { kind: 'date', day: '30', month: '2', year: '2023' },
    sent: { day: '30', month: '2', year: '2023' },
    right: { kind: 'date', day: '28', month: '2', year: '2023' },
  },
  {
    name: 'a month out of range',
    path: 'startDate',
    wrong: { kind: 'date', day: '1', month: '13', year: '2023' },
    sent: { day: '1', month: '13', year: '2023' },
    right: { kind: 'date', day: '1', month: '12', year: '2023' },
  },
  {
    name: 'a date before the rules begin',
    path: 'startDate',
    wrong: { kind: 'date', day: '30', month: '6', year: '2014' },
    sent: { day: '30', month: '6', year: '2014' },
    right: { kind: 'date', day: '1', month: '7', year: '2014' },
  },
  {
    name: 'a five-digit year',
    path: 'startDate',
    wrong: { kind: 'date', day: '1', month: '3', year: '20233' },
    sent: { day: '1', month: '3', year: '20233' },
    right: { kind: 'date', day: '1', month: '3', year: '2023' },
  },
  {
    name: 'goal not chosen',
    path: 'goal',
    wrong: null,
    sent: {},
    right: { kind: 'radio', label: 'unknown' },
  },
  {
    name: 'choice not chosen',
    path: 'buyer.kind',
    wrong: null,
    sent: {},
    right: { kind: 'radio', label: 'unknown' },
  },
  {
    name: 'yes/no not chosen',
    path: 'relationship.marketExists',
    wrong: null,
    sent: {},
    right: { kind: 'radio', label: 'unknown' },
  },
  {
    name: 'amount left empty',
    path: 'estimatedValueSek',
    wrong: null,
    sent: {},
    right: { kind: 'text', text: '500 000' },
  },
  {
    name: 'amount in words',
    path: 'estimatedValueSek',
    wrong: { kind: 'text', text: 'en halv miljon' },
    sent: { answer: 'en halv miljon' },
    right: { kind: 'text', text: '500000' },
  },
  {
    name: 'negative amount',
    path: 'estimatedValueSek',
    wrong: { kind: 'text', text: '-500' },
    sent: { answer: '-500' },
    right: { kind: 'text', text: '500' },
  },
  {
    name: 'amount with öre',
    path: 'estimatedValueSek',
    wrong: { kind: 'text', text: '12,50' },
    sent: { answer: '12,50' },
    right: { kind: 'text', text: '12' },
  },
  {
    name: 'months in words',
    path: 'durationMonths',
    wrong: { kind: 'text', text: 'två år' },
    sent: { answer: 'två år' },
    right: { kind: 'text', text: '24' },
  },
  {
    name: 'months out of range',
    path: 'durationMonths',
    wrong: { kind: 'text', text: '601' },
    sent: { answer: '601' },
    right: { kind: 'text', text: '600' },
  },
  {
    name: 'share above 100 %',
    path: 'counterpart.shareDisadvantagedStaff',
    wrong: { kind: 'text', text: '150' },
    sent: { answer: '150' },
    right: { kind: 'text', text: '35' },
  },
  {
    name: 'negative share',
    path: 'counterpart.shareDisadvantagedStaff',
    wrong: { kind: 'text', text: '-5' },
    sent: { answer: '-5' },
    right: { kind: 'text', text: '5' },
  },
  {
    name: 'no CPV code chosen',
    path: 'subject.cpv',
    wrong: null,
    sent: {},
    right: { kind: 'cpv', codes: [{ code: '90910000-9', word: 'städning' }] },
  },
  {
    name: 'name left empty',
    path: 'buyer.name',
    wrong: null,
    sent: {},
    right: { kind: 'text', text: 'Alingsås kommun' },
  },
  {
    name: 'name too long',
    path: 'buyer.name',
    wrong: { kind: 'text', text: long },
    sent: { answer: long },
    right: { kind: 'text', text: 'Alingsås kommun' },
  },
];

/** Addresses with answers that cannot be read, as someone might edit or cut a permalink. */
const TAMPERED = [
  'startDate=2023-02-30',
  'startDate=i%20morgon',
  'startDate=2014-06-30',
  'startDate=2023-03-01&buyer.kind=emperor',
  'startDate=2023-03-01&estimatedValueSek=-5',
  'startDate=2023-03-01&estimatedValueSek=m%C3%A5nga',
  'startDate=2023-03-01&durationMonths=1.5',
  'startDate=2023-03-01&relationship.marketExists=kanske',
  'startDate=2023-03-01&subject.cpv=12345678-9',
  'startDate=2023-03-01&subject.cpv=90910000-9&subject.cpv=00000000-0',
  'startDate=2023-03-01&counterpart.shareDisadvantagedStaff=2',
  'startDate=2023-03-01&counterpart=true&counterpart.legalForm=bolag',
  'startDate=2023-03-01&counterpart=perhaps',
  'startDate=2023-03-01&goal=everything',
  'startDate=2023-03-01&foo=bar',
  'startDate=2023-03-01&__proto__=x',
];

const PAGES = ['/vagledning/resultat', '/vagledning/svar', '/vagledning/fraga/buyer.kind'];

const baseUrl = serveAppForTests();

describeInBrowser('guide in Chromium, JavaScript off: bad input', (browser) => {
  let context: BrowserContext;
  let request: APIRequestContext;

  beforeAll(async () => {
    context = await browser().newContext({ javaScriptEnabled: false });
    request = context.request;
  });

  afterAll(async () => {
    await context?.close();
  });

  async function withPage(body: (page: Page) => Promise<void>): Promise<void> {
    const page = await context.newPage();
    try {
      await body(page);
    } finally {
      await page.close();
    }
  }

  /** The text of the element `selector` finds, spaces collapsed. */
  async function textOf(page: Page, selector: string): Promise<string> {
    return ((await page.locator(selector).first().textContent({ timeout: 5_000 })) ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  }

  for (const lang of LANGS) {
    describe(`answers on the pages, in ${lang}`, () => {
      it.each(WRONG_ANSWERS.map((w) => [w.name, w] as const))(
        '%s: the field and the problem are named, the typing is kept, a right answer goes on',
        (_name, w) =>
          withPage(async (page) => {
            const field = interviewField(w.path)!;
            const expected = readAnswer(field, w.sent, lang);
            expect(expected.ok).toBe(false);
            const messages = expected.ok ? [] : expected.errors.map((e) => e.message);

            expect((await page.goto(`${baseUrl()}${questionUrl(w.path, lang)}`))?.status()).toBe(
              200,
            );
            if (w.wrong !== null) await fillAnswer(page, w.wrong, lang);
            const response = await submitAnswer(page, lang);
            expect(response.status()).toBe(400);
            expect(askedField(page.url())?.path).toBe(w.path);
            const summary = await textOf(page, '.error-summary');
            const own = await textOf(page, '#answer-error');
            for (const m of messages) {
              expect(summary).toContain(m);
              expect(own).toContain(m);
            }
            expect(await page.locator('main [aria-invalid="true"]').count()).toBeGreaterThan(0);
            // What the person typed is still there to correct.
            if (w.wrong?.kind === 'text') {
              expect(await page.locator('#answer').inputValue()).toBe(w.wrong.text);
            }
            if (w.wrong?.kind === 'date') {
              expect(await page.locator('#answer-year').inputValue()).toBe(w.wrong.year);
            }

            const right: PlannedAnswer =
              w.right.kind === 'radio' && w.right.label === 'unknown'
                ? { kind: 'radio', label: webMessages(lang).interview.dontKnow }
                : w.right;
            if (right.kind === 'text') await page.locator('#answer').fill('');
            await fillAnswer(page, right, lang);
            const next = await submitAnswer(page, lang);
            expect(next.status()).toBe(200);
            expect(next.request().redirectedFrom()?.method()).toBe('POST');
            expect(askedField(page.url())?.path).not.toBe(w.path);
          }),
        90_000,
      );
    });

    describe(`tampered addresses, in ${lang}`, () => {
      it.each(TAMPERED)('%s: a 400 page names every bad parameter', (query) =>
        withPage(async (page) => {
          const read = readPermalink(new URLSearchParams(query), lang);
          expect(read.ok).toBe(false);
          const errors = read.ok ? [] : read.errors;
          for (const path of PAGES) {
            const response = await page.goto(`${baseUrl()}${withLang(`${path}?${query}`, lang)}`);
            expect(response?.status(), path).toBe(400);
            expect(await page.locator('html').getAttribute('lang')).toBe(lang);
            const summary = await textOf(page, '.error-summary');
            for (const e of errors) {
              expect(summary, path).toContain(e.path);
              expect(summary, path).toContain(e.message);
            }
          }
          // Each error links to the question that mends it, which opens.
          const links = await page.locator('.error-summary a').all();
          for (const link of links) {
            const href = (await link.getAttribute('href')) ?? '';
            if (!href.startsWith('/')) continue;
            const target = await context.request.get(`${baseUrl()}${href}`);
            expect(target.status(), href).toBe(200);
          }
        }),
      );

      it('a CPV code that does not exist, posted to the CPV question, is refused by name', async () => {
        const field = interviewField('subject.cpv')!;
        const expected = readAnswer(field, { answer: '12345678-9' }, lang);
        const response = await request.post(`${baseUrl()}${questionUrl('subject.cpv', lang)}`, {
          form: { answer: '12345678-9' },
          maxRedirects: 0,
        });
        expect(response.status()).toBe(400);
        const body = await response.text();
        expect(expected.ok).toBe(false);
        if (!expected.ok) expect(body).toContain(expected.errors[0]!.message);
      });
    });
  }

  describe('requests no form sends', () => {
    const question = (path: string) => `${baseUrl()}/vagledning/fraga/${path}?${BASE}`;

    it('refuses a value that is not among the choices, and escapes it', async () => {
      const response = await request.post(question('buyer.kind'), {
        form: { answer: '<script>alert(1)</script>' },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(400);
      const body = await response.text();
      expect(body).not.toContain('<script>');
      expect(body).toContain('&lt;script&gt;');
    });

    it('refuses a yes/no that is neither', async () => {
      const response = await request.post(question('relationship.marketExists'), {
        form: { answer: 'maybe' },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(400);
    });

    it('answers a good post with 303 to the next question', async () => {
      const response = await request.post(question('buyer.kind'), {
        form: { answer: 'region' },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(303);
      expect(response.headers().location).toContain('buyer.kind=region');
    });

    it.each([
      ['a question that does not exist', 'GET', '/vagledning/fraga/nothing'],
      ['a question that does not exist, posted', 'POST', '/vagledning/fraga/nothing'],
    ])('answers %s with 404', async (_name, method, path) => {
      const response = await request.fetch(`${baseUrl()}${path}`, { method, maxRedirects: 0 });
      expect(response.status()).toBe(404);
    });

    it.each([
      ['broken JSON', 'application/json', '{"answer":'],
      ['plain text', 'text/plain', 'answer=region'],
      ['a form with a broken escape', 'application/x-www-form-urlencoded', 'answer=%E0%A4%A'],
    ])('answers %s with a 4xx page, not a 500', async (_name, contentType, data) => {
      const response = await request.post(question('buyer.kind'), {
        headers: { 'content-type': contentType },
        data,
        maxRedirects: 0,
      });
      expect(response.status()).toBeGreaterThanOrEqual(400);
      expect(response.status()).toBeLessThan(500);
    });

    it('answers a form far larger than any answer with a 4xx, not a 500', async () => {
      const response = await request.post(question('buyer.name'), {
        form: { answer: 'x'.repeat(2_000_000) },
        maxRedirects: 0,
      });
      expect(response.status()).toBeGreaterThanOrEqual(400);
      expect(response.status()).toBeLessThan(500);
    });

    it.each([
      '%E0%A4%A',
      '%',
      'startDate=%FF',
      `startDate=2023-03-01&buyer.name=${'x'.repeat(5000)}`,
    ])('answers the query %s without a 500', async (query) => {
      for (const path of PAGES) {
        const response = await request.get(`${baseUrl()}${path}?${query}`);
        expect(response.status(), path).toBeLessThan(500);
        expect(await response.text()).not.toMatch(/at .*\.[jt]s:\d+/);
      }
    });
  });
});
