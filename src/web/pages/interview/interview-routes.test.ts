import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessState,
  INTERVIEW_FIELDS,
  nextStep,
  readPermalink,
} from '../../../domain/interview/index';
import { LANGS, type Lang } from '../../../engine/index';
import { formatSek } from '../../../rules/index';
import { webMessages } from '../../locales/index';
import {
  attributeValues,
  decode,
  fromId,
  titleOf,
  useServer,
  withoutTermExplanations,
} from './interview-pages.fixture';
import { todayInSweden } from '../../../domain/calendar/today-in-sweden';

const server = useServer();

const BASE = 'startDate=2023-03-01&goal=buy&counterpart=true';

function withLang(url: string, lang: Lang): string {
  if (lang === 'sv') return url;
  return url.includes('?') ? `${url}&lang=en` : `${url}?lang=en`;
}

async function get(url: string) {
  return server().inject({ url });
}

async function post(url: string, form: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(form)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  }
  return server().inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: body.toString(),
  });
}

/** Checks what every page of the guide must have. */
function expectSoundPage(page: string, lang: Lang): void {
  expect(page).toContain(`<html lang="${lang}">`);
  expect(page.match(/<h1[ >]/g)).toHaveLength(1);
  expect(page).toContain('<main id="main" tabindex="-1">');
  expect(page).toMatch(/<a class="skip-link" href="#main">/);
  expect(page).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
  // Nothing from another origin: the only absolute addresses are links to legal sources.
  expect(page).not.toMatch(/<(link|img|iframe)[^>]+(href|src)="https?:/);
  const ids = attributeValues(page, 'id');
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  for (const ref of attributeValues(page, 'aria-describedby').flatMap((v) => v.split(' '))) {
    expect(ids).toContain(ref);
  }
  for (const target of attributeValues(page, 'for')) expect(ids).toContain(target);
}

describe.each(LANGS)('pages in %s', (lang) => {
  const t = webMessages(lang).interview;

  it('serves the start page with a button to the first question', async () => {
    const response = await get(withLang('/vagledning', lang));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expectSoundPage(response.body, lang);
    expect(response.body).toContain(`<h1>${t.start.heading}</h1>`);
    expect(attributeValues(response.body, 'href')).toContain(
      withLang('/vagledning/fraga/startDate', lang),
    );
    expect(response.body).toContain(t.start.startButton);
    expect(titleOf(response.body)).toBe(`${t.start.heading} – ${t.serviceName}`);
  });

  it.each(INTERVIEW_FIELDS.map((f) => [f.path, f] as const))(
    'asks %s on a page of its own, with "Vet inte"',
    async (path, field) => {
      const response = await get(withLang(`/vagledning/fraga/${path}?${BASE}`, lang));
      expect(response.statusCode).toBe(200);
      const page = response.body;
      expectSoundPage(page, lang);
      // Glossary terms in the question and hints are explained in place; read as text, the
      // words are those of the field.
      const read = decode(withoutTermExplanations(page));
      expect(read).toContain(`${field.question[lang]}</h1>`);
      expect(titleOf(page)).toBe(`${field.question[lang]} – ${t.serviceName}`);
      if (field.questionCivil !== undefined) {
        expect(read).toContain(field.questionCivil[lang]);
        expect(page).toContain(t.inOtherWords);
      }
      expect(read).toContain(field.hint[lang]);
      expect(page).toMatch(/<input[^>]+id="answer-unknown"[^>]+name="answer"[^>]*value="unknown"/);
      expect(page).toContain(`>${t.dontKnow}</label>`);
      expect(page).toContain('class="back-link"');
      // The form posts to the page's own address, keeping the answers and the language.
      const action = field.kind === 'cpv' ? 'formaction' : 'action';
      expect(attributeValues(page, action)).toContain(
        withLang(`/vagledning/fraga/${path}?${BASE}`, lang),
      );
      if (field.kind === 'boolean') {
        expect(page).toMatch(/type="radio"\s+value="true"/);
        expect(page).toMatch(/type="radio"\s+value="false"/);
      }
      if (field.kind === 'choice') {
        for (const option of field.options ?? []) {
          expect(page).toMatch(new RegExp(`type="radio"\\s+value="${option.value}"`));
        }
      }
      if (field.kind === 'sek' || field.kind === 'months') {
        expect(page).toMatch(/<input[^>]+id="answer"[^>]+inputmode="numeric"/);
      }
      if (field.kind === 'date') {
        for (const name of ['day', 'month', 'year']) expect(page).toContain(`name="${name}"`);
      }
    },
  );

  it('serves the check-your-answers page and the result page', async () => {
    const check = await get(withLang(`/vagledning/svar?${BASE}`, lang));
    expect(check.statusCode).toBe(200);
    expectSoundPage(check.body, lang);
    expect(check.body).toContain(`<h1>${t.check.heading}</h1>`);

    const result = await get(withLang(`/vagledning/resultat?${BASE}`, lang));
    expect(result.statusCode).toBe(200);
    expectSoundPage(result.body, lang);
    expect(result.body).toContain(`<h1>${t.result.heading}</h1>`);
    expect(titleOf(result.body)).toBe(`${t.result.title('2023-03-01')} – ${t.serviceName}`);
  });

  it('switches language on the same page with the same answers', async () => {
    const response = await get(withLang(`/vagledning/svar?${BASE}`, lang));
    const other = lang === 'sv' ? 'en' : 'sv';
    expect(attributeValues(response.body, 'href')).toContain(
      withLang(`/vagledning/svar?${BASE}`, other),
    );
  });
});

describe('answering a question', () => {
  it.each([
    [
      'a start date',
      '/vagledning/fraga/startDate',
      { day: '1', month: '3', year: '2023' },
      '/vagledning/fraga/goal?startDate=2023-03-01',
    ],
    [
      'a start date, in English',
      '/vagledning/fraga/startDate?lang=en',
      { day: '01', month: '03', year: '2023' },
      '/vagledning/fraga/goal?startDate=2023-03-01&lang=en',
    ],
    [
      'the goal',
      '/vagledning/fraga/goal?startDate=2023-03-01',
      { answer: 'buy' },
      '/vagledning/fraga/counterpart?startDate=2023-03-01&goal=buy',
    ],
    [
      '"Vet inte" to the start date',
      '/vagledning/fraga/startDate?lang=en',
      { day: '', month: '', year: '', answer: 'unknown' },
      '/vagledning/fraga/goal?startDate=unknown&lang=en',
    ],
  ])('redirects after %s to the next question', async (_name, url, form, location) => {
    const response = await post(url, form);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(location);
  });

  it('redirects to the question the rules find most decisive, then to check your answers', async () => {
    const response = await post(`/vagledning/fraga/counterpart?startDate=2023-03-01&goal=buy`, {
      answer: 'false',
    });
    expect(response.statusCode).toBe(303);
    const state = readPermalink(
      new URLSearchParams('startDate=2023-03-01&goal=buy&counterpart=false'),
      'sv',
    );
    if (!state.ok) throw new Error('the permalink is valid');
    const step = nextStep(state.state, assessState(state.state, 'sv', todayInSweden()));
    if (step.kind !== 'question') throw new Error('the rules have questions for this case');
    expect(response.headers.location).toBe(
      `/vagledning/fraga/${step.field.path}?startDate=2023-03-01&goal=buy&counterpart=false`,
    );
  });

  it('keeps every answer in the permalink as the journey goes on, and ends at check your answers', async () => {
    let url = '/vagledning/fraga/startDate?lang=en';
    let response = await post(url, { day: '1', month: '3', year: '2023' });
    for (let steps = 0; steps < 40 && response.statusCode === 303; steps++) {
      url = String(response.headers.location);
      if (url.startsWith('/vagledning/svar')) break;
      // "Vet inte" to everything after the start date: the journey still ends.
      response = await post(url, { answer: 'unknown' });
    }
    expect(url).toMatch(/^\/vagledning\/svar\?startDate=2023-03-01&goal=unknown&.*lang=en$/);
    const check = await get(url);
    expect(check.statusCode).toBe(200);
    expect(check.body).toContain(webMessages('en').interview.check.noneOpen);
  });

  it.each([
    [
      'an amount with spaces and "kr"',
      'estimatedValueSek',
      '500 000 kr',
      'estimatedValueSek=500000',
    ],
    [
      'a share in per cent',
      'counterpart.shareDisadvantagedStaff',
      '35 %',
      'counterpart.shareDisadvantagedStaff=0.35',
    ],
    ['months', 'durationMonths', '24', 'durationMonths=24'],
    ['a CPV code chosen from the search', 'subject.cpv', '85311100-3', 'subject.cpv=85311100-3'],
    ['a name', 'buyer.name', 'Alingsås kommun', 'buyer.name=Alings%C3%A5s+kommun'],
  ])('reads %s into the permalink', async (_name, path, answer, param) => {
    const response = await post(`/vagledning/fraga/${path}?${BASE}`, { answer });
    expect(response.statusCode).toBe(303);
    expect(String(response.headers.location)).toContain(param);
  });

  it('reads several CPV codes chosen across searches', async () => {
    const response = await post(`/vagledning/fraga/subject.cpv?${BASE}`, {
      q: 'städning',
      answer: ['85311100-3', '90910000-9'],
    });
    expect(response.statusCode).toBe(303);
    expect(String(response.headers.location)).toContain(
      'subject.cpv=85311100-3&subject.cpv=90910000-9',
    );
  });
});

describe('a bad answer', () => {
  it.each([
    ['nothing chosen', 'relationship.marketExists', {}, 'sv'],
    ['a date that does not exist', 'startDate', { day: '30', month: '2', year: '2023' }, 'sv'],
    [
      'a date before the rules samverka covers',
      'startDate',
      { day: '1', month: '1', year: '2013' },
      'en',
    ],
    ['letters for an amount', 'estimatedValueSek', { answer: 'abc' }, 'sv'],
    ['a share above 100 %', 'counterpart.shareDisadvantagedStaff', { answer: '150' }, 'en'],
    ['a CPV code that does not exist', 'subject.cpv', { answer: '12345678-9' }, 'sv'],
    ['an option that is not offered', 'buyer.kind', { answer: 'kommun' }, 'en'],
  ] as const)(
    'with %s shows the question again with a 400, an error summary and the field error',
    async (_name, path, form, lang) => {
      const t = webMessages(lang).interview;
      const response = await post(withLang(`/vagledning/fraga/${path}?${BASE}`, lang), form);
      expect(response.statusCode).toBe(400);
      const page = response.body;
      expectSoundPage(page, lang);
      expect(page).toMatch(
        /<div\s+class="error-summary"\s+role="alert"\s+aria-labelledby="error-summary-title"\s+tabindex="-1"\s+autofocus/,
      );
      expect(page).toContain(t.errorSummaryTitle);
      expect(titleOf(page).startsWith(t.titleErrorPrefix)).toBe(true);
      // The summary links to the input; the message stands beside the input too.
      const summary = fromId(page, 'error-summary-title');
      const message = /<a href="#([a-z-]+)">([^<]+)<\/a>/.exec(summary);
      expect(message).not.toBeNull();
      expect(attributeValues(page, 'id')).toContain(message?.[1]);
      expect(fromId(page, 'answer-error')).toContain(message?.[2]);
      expect(page).toContain('aria-invalid="true"');
      expect(page).toMatch(/aria-describedby="[^"]*answer-error/);
    },
  );

  it('keeps what was typed', async () => {
    const response = await post(`/vagledning/fraga/startDate`, {
      day: '30',
      month: '2',
      year: '2023',
    });
    expect(response.body).toMatch(/name="day"[^>]*value="30"/);
    expect(response.body).toMatch(/name="year"[^>]*value="2023"/);
  });

  it('is named in English on an English page', async () => {
    const response = await post('/vagledning/fraga/estimatedValueSek?lang=en', { answer: 'abc' });
    expect(response.body).toContain('<html lang="en">');
    expect(response.body).toContain('Error:');
    expect(response.body).not.toContain('Fel:');
  });

  it('sent as JSON is no answer, and no crash', async () => {
    const response = await server().inject({
      method: 'POST',
      url: '/vagledning/fraga/estimatedValueSek',
      payload: { answer: ['a', { b: 1 }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('error-summary');
  });
});

describe('a tampered permalink', () => {
  const cases = [
    ['estimatedValueSek=abc', 'estimatedValueSek', '/vagledning/fraga/estimatedValueSek'],
    ['buyer.kind=kommun', 'buyer.kind', '/vagledning/fraga/buyer.kind'],
    ['subject.cpv=85311100-4', 'subject.cpv', '/vagledning/fraga/subject.cpv'],
    ['startDate=2023-02-30', 'startDate', '/vagledning/fraga/startDate'],
    ['foo=1', 'foo', undefined],
  ] as const;

  it.each(
    cases.flatMap(([query, path, href]) =>
      ['/vagledning/resultat', '/vagledning/svar', '/vagledning/fraga/goal'].map(
        (page) => [`${page}?${query}`, path, href] as const,
      ),
    ),
  )('%s gives a 400 page naming the field', async (url, path, href) => {
    const response = await get(url);
    expect(response.statusCode).toBe(400);
    const page = response.body;
    expectSoundPage(page, 'sv');
    expect(page).toContain('role="alert"');
    const summary = decode(fromId(page, 'error-summary-title'));
    // The path names the field (`subject.cpv.0` is the first code), then the message.
    expect(summary).toMatch(new RegExp(`[>\\s]${path.replace('.', '\\.')}(\\.\\d+)?: `));
    if (href !== undefined) expect(summary).toContain(`<a href="${href}`);
  });

  it('lists every bad parameter, in the language asked for, and keeps the good ones', async () => {
    const response = await get(
      '/vagledning/resultat?startDate=2023-03-01&estimatedValueSek=abc&buyer.kind=kommun&foo=1&lang=en',
    );
    expect(response.statusCode).toBe(400);
    const summary = decode(fromId(response.body, 'error-summary-title'));
    for (const path of ['estimatedValueSek', 'buyer.kind', 'foo']) expect(summary).toContain(path);
    expect(response.body).toContain('<html lang="en">');
    expect(response.body).toContain(webMessages('en').interview.errorSummaryTitle);
    expect(summary).toContain('href="/vagledning/fraga/buyer.kind?startDate=2023-03-01&lang=en"');
  });

  it('without a start date, asks for it on the result page', async () => {
    const response = await get('/vagledning/resultat?goal=buy');
    expect(response.statusCode).toBe(400);
    expect(decode(fromId(response.body, 'error-summary-title'))).toContain(
      'href="/vagledning/fraga/startDate?goal=buy"',
    );
  });

  it('never crashes, whatever the query', async () => {
    const names = [...INTERVIEW_FIELDS.map((f) => f.path), 'lang', 'q', 'answer', 'x', '__proto__'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...names), fc.string({ maxLength: 12 })), {
          maxLength: 6,
        }),
        fc.constantFrom(
          '/vagledning/resultat',
          '/vagledning/svar',
          '/vagledning/fraga/subject.cpv',
        ),
        async (pairs, page) => {
          const query = new URLSearchParams(pairs).toString();
          const response = await get(`${page}?${query}`);
          expect([200, 400]).toContain(response.statusCode);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the CPV search', () => {
  it('lists matches as checkboxes, keeps the answers as hidden inputs and codes checked so far', async () => {
    const response = await get(
      `/vagledning/fraga/subject.cpv?${BASE}&q=%C3%A4ldreomsorg&answer=90910000-9`,
    );
    expect(response.statusCode).toBe(200);
    const page = response.body;
    expect(page).toMatch(/<form method="get" action="\/vagledning\/fraga\/subject.cpv"/);
    expect(page).toMatch(/type="checkbox"\s+value="85311100-3"\s*\/?>/);
    expect(page).toMatch(/type="checkbox"\s+value="90910000-9"\s+checked/);
    expect(page).toContain('<input type="hidden" name="startDate" value="2023-03-01" />');
    expect(page).toContain('value="äldreomsorg"');
  });

  it('keeps the search when the language is switched', async () => {
    const response = await get(`/vagledning/fraga/subject.cpv?${BASE}&q=st%C3%A4d`);
    expect(attributeValues(response.body, 'href')).toContain(
      `/vagledning/fraga/subject.cpv?${BASE}&q=st%C3%A4d&lang=en`,
    );
  });

  it('shows the codes already chosen, checked', async () => {
    const response = await get(`/vagledning/fraga/subject.cpv?${BASE}&subject.cpv=85311100-3`);
    expect(response.body).toMatch(/type="checkbox"\s+value="85311100-3"\s+checked/);
  });

  it('says so when nothing matches', async () => {
    const response = await get(`/vagledning/fraga/subject.cpv?${BASE}&q=qqqxyz&lang=en`);
    expect(response.statusCode).toBe(200);
    expect(decode(response.body)).toContain(webMessages('en').interview.cpv.noMatches('qqqxyz'));
  });
});

describe('the way back', () => {
  it('leads from the first question to the start page', async () => {
    const response = await get('/vagledning/fraga/startDate');
    expect(response.body).toContain('<a class="back-link" href="/vagledning">');
  });

  it('leads to the question answered just before, in the order the journey asked', async () => {
    const response = await post(`/vagledning/fraga/counterpart?startDate=2023-03-01&goal=buy`, {
      answer: 'false',
    });
    const next = String(response.headers.location);
    const page = await get(next);
    expect(page.body).toContain(
      '<a class="back-link" href="/vagledning/fraga/counterpart?startDate=2023-03-01&amp;goal=buy&amp;counterpart=false">',
    );
  });

  it('leads from an answer the journey no longer asks to check your answers', async () => {
    const response = await get(
      '/vagledning/fraga/buyer.name?startDate=2023-03-01&goal=buy&counterpart=false&buyer.name=X',
    );
    expect(response.body).toMatch(/<a class="back-link" href="\/vagledning\/svar\?/);
  });
});

describe('check your answers', () => {
  it('lists each answer with a link to change it, and the questions still open', async () => {
    const response = await get(`/vagledning/svar?${BASE}&estimatedValueSek=500000`);
    const page = decode(response.body);
    const t = webMessages('sv').interview;
    expect(page).toContain(formatSek(500_000, 'sv'));
    expect(page).toContain(
      `href="/vagledning/fraga/estimatedValueSek?${BASE}&estimatedValueSek=500000"`,
    );
    expect(page).toContain(`>${t.check.change}<span class="visually-hidden">`);
    expect(page).toContain(t.check.openHeading);
    expect(page).toContain(`href="/vagledning/resultat?${BASE}&estimatedValueSek=500000"`);
  });

  it('without a start date, leads to the first question instead of a result', async () => {
    const response = await get('/vagledning/svar');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(webMessages('sv').interview.check.noAnswers);
    expect(response.body).not.toContain('/vagledning/resultat');
  });
});

it('answers a question that does not exist with 404', async () => {
  const response = await get('/vagledning/fraga/nothing');
  expect(response.statusCode).toBe(404);
});
