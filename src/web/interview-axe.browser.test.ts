// axe on every page of the guide in Swedish and English: the start page, every question on the
// journeys of the worked examples (each kind of input; the CPV question before a search, with
// hits and without), check your answers, every result, and the error states — an empty or
// wrong answer, an impossible date, a tampered permalink.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journeyUrls } from '../bench/web-bench';
import { specExamples } from '../domain/assessment/spec-examples.fixture';
import { interviewField, type FieldKind } from '../domain/interview';
import type { Lang } from '../engine';
import type { Case } from '../rules';
import { axeViolations, documentOf } from '../test-support/axe-audit';
import { describeInBrowser } from '../test-support/browser';
import { serveAppForTests } from '../test-support/served-app';
import { resultUrl } from '../test-support/interview-case';
import { fillAnswer, navigation, submitAnswer } from '../test-support/interview-driver';
import { webMessages } from './locales/index';

const LANGS = ['sv', 'en'] as const;
const EXAMPLES = specExamples();
/** The journeys whose pages are audited: between them they ask every kind of question. */
const AUDITED_JOURNEYS = ['01', '04', '06', '08'];
// Only for a start date left unknown, which none of the examples does.
const TODAY = '2026-01-01';

function withLang(url: string, lang: Lang): string {
  if (lang === 'sv') return url;
  return `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`;
}

/** The guide's pages reached by links, each once, with a name that says what it shows. */
function pagesOfJourneys(lang: Lang): [string, string][] {
  const pages = new Map<string, string>();
  const seen = new Set<string>();
  for (const n of AUDITED_JOURNEYS) {
    const ex = EXAMPLES.find((e) => e.file.startsWith(`${n}-`))!;
    for (const url of journeyUrls(ex.case as unknown as Case, lang, TODAY)) {
      const { pathname, searchParams } = new URL(url, 'http://localhost');
      let name = pathname;
      if (pathname.startsWith('/vagledning/fraga/')) {
        const path = decodeURIComponent(pathname.slice('/vagledning/fraga/'.length));
        const kind: FieldKind | undefined = interviewField(path)?.kind;
        name = `question ${path} (${kind})${searchParams.has('q') ? ' with search hits' : ''}`;
      } else if (pathname === '/vagledning/svar') name = `check answers of example ${n}`;
      else if (pathname === '/vagledning/resultat') name = `result of example ${n}`;
      else name = 'start page';
      if (seen.has(name)) continue;
      seen.add(name);
      pages.set(name, url);
    }
  }
  pages.set(
    'question subject.cpv (cpv) with a search that finds nothing',
    withLang(
      '/vagledning/fraga/subject.cpv?startDate=2023-03-01&goal=buy&counterpart=false&q=xyzzyq',
      lang,
    ),
  );
  for (const ex of EXAMPLES)
    pages.set(`result of ${ex.file}`, resultUrl(ex.case as unknown as Case, lang));
  return [...pages];
}

/** Addresses whose answers cannot be read: each gets the page of field errors. */
const TAMPERED: [string, string][] = [
  [
    'result with an impossible date and an unknown buyer',
    '/vagledning/resultat?startDate=2023-02-30&buyer.kind=emperor',
  ],
  [
    'result with a CPV code that does not exist',
    '/vagledning/resultat?startDate=2023-03-01&subject.cpv=12345678-9',
  ],
  [
    'result with an unknown parameter and a word for an amount',
    '/vagledning/resultat?startDate=2023-03-01&foo=bar&estimatedValueSek=many',
  ],
  ['result without a start date', '/vagledning/resultat?buyer.kind=region'],
  [
    'question with a share above one',
    '/vagledning/fraga/buyer.kind?startDate=2023-03-01&counterpart=true&counterpart.shareDisadvantagedStaff=2',
  ],
  [
    'check answers with a yes/no that is neither',
    '/vagledning/svar?startDate=2023-03-01&relationship.marketExists=maybe',
  ],
];

/** A question answered wrongly: the field, what is typed or chosen, and the message expected. */
interface BadAnswer {
  name: string;
  path: string;
  fill?: (page: Page, lang: Lang) => Promise<void>;
}

const BASE = 'startDate=2023-03-01&goal=buy&counterpart=true';

/** The question page for `path` with the answers of {@link BASE} but its own left open. */
function unansweredQuestion(path: string, lang: Lang): string {
  const params = new URLSearchParams(BASE);
  params.delete(path);
  return withLang(`/vagledning/fraga/${path}?${params.toString()}`, lang);
}

const BAD_ANSWERS: BadAnswer[] = [
  { name: 'date left empty', path: 'startDate' },
  {
    name: 'impossible date',
    path: 'startDate',
    fill: (page, lang) =>
      fillAnswer(page, { kind: 'date', day: '31', month: '2', year: '2023' }, lang),
  },
  {
    name: 'date before the rules begin',
    path: 'startDate',
    fill: (page, lang) =>
      fillAnswer(page, { kind: 'date', day: '1', month: '1', year: '2010' }, lang),
  },
  { name: 'choice left empty', path: 'goal' },
  { name: 'yes/no left empty', path: 'relationship.marketExists' },
  { name: 'amount left empty', path: 'estimatedValueSek' },
  {
    name: 'amount in words',
    path: 'estimatedValueSek',
    fill: (page, lang) => fillAnswer(page, { kind: 'text', text: 'en halv miljon' }, lang),
  },
  {
    name: 'months in words',
    path: 'durationMonths',
    fill: (page, lang) => fillAnswer(page, { kind: 'text', text: 'två år' }, lang),
  },
  {
    name: 'share above 100',
    path: 'counterpart.shareDisadvantagedStaff',
    fill: (page, lang) => fillAnswer(page, { kind: 'text', text: '150' }, lang),
  },
  { name: 'CPV code not chosen, no search', path: 'subject.cpv' },
  {
    name: 'CPV code not chosen after a search',
    path: 'subject.cpv',
    fill: async (page, lang) => {
      const t = webMessages(lang).interview.cpv;
      await page.locator('main').getByLabel(t.searchLabel).fill('städning');
      const found = await navigation(page, () =>
        page.locator('main').getByRole('button', { name: t.searchButton, exact: true }).click(),
      );
      expect(found.status()).toBe(200);
    },
  },
  { name: 'text left empty', path: 'buyer.name' },
];

const baseUrl = serveAppForTests();

describeInBrowser('guide pages in Chromium: axe finds nothing (WCAG 2.1 A and AA)', (browser) => {
  let withoutJs: BrowserContext;
  // axe is JavaScript; it audits each page in a second context, after the test has shown that
  // the document there is the one a visitor without JavaScript gets.
  let auditing: BrowserContext;

  beforeAll(async () => {
    withoutJs = await browser().newContext({ javaScriptEnabled: false });
    auditing = await browser().newContext({ javaScriptEnabled: true });
  });

  afterAll(async () => {
    await withoutJs?.close();
    await auditing?.close();
  });

  async function opened(
    context: BrowserContext,
    url: string,
  ): Promise<{ page: Page; status: number }> {
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl()}${url}`);
    return { page, status: response?.status() ?? 0 };
  }

  async function auditAddress(url: string, status: number): Promise<void> {
    const plain = await opened(withoutJs, url);
    const audited = await opened(auditing, url);
    try {
      expect([plain.status, audited.status]).toEqual([status, status]);
      const document = await documentOf(audited.page);
      expect(document.scripts).toBe(0);
      expect(document.html).toBe((await documentOf(plain.page)).html);
      expect(await axeViolations(audited.page)).toEqual([]);
    } finally {
      await plain.page.close();
      await audited.page.close();
    }
  }

  for (const lang of LANGS) {
    describe(`in ${lang}`, () => {
      it.each(pagesOfJourneys(lang))('%s', (_name, url) => auditAddress(url, 200), 90_000);

      it.each(TAMPERED)('tampered address: %s', (_name, url) =>
        auditAddress(withLang(url, lang), 400),
      );

      it.each(BAD_ANSWERS.map((b) => [b.name, b] as const))(
        'error state: %s',
        async (_name, bad) => {
          const { page, status } = await opened(auditing, unansweredQuestion(bad.path, lang));
          try {
            expect(status).toBe(200);
            await bad.fill?.(page, lang);
            const response = await submitAnswer(page, lang);
            expect(response.status()).toBe(400);
            expect(await page.title()).toMatch(
              new RegExp(`^${webMessages(lang).interview.titleErrorPrefix}`),
            );
            // The summary takes focus with no script, so that it is read first.
            expect(await page.locator('.error-summary:focus').count()).toBe(1);
            expect((await documentOf(page)).scripts).toBe(0);
            expect(await axeViolations(page)).toEqual([]);
          } finally {
            await page.close();
          }
        },
        90_000,
      );
    });
  }
});
