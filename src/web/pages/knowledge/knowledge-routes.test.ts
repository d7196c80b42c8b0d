import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARE_ASPECTS, loadContentLibrary } from '../../../content/index';
import { LANGS } from '../../../engine/index';
import { FORM_IDS, rulesCatalogue } from '../../../rules/index';
import { webMessages } from '../../locales/index';
import { registerInterviewRoutes } from '../interview/interview-routes';
import { attributeValues, decode, titleOf, useServer } from '../interview/interview-pages.fixture';
import { registerKnowledgeRoutes } from './knowledge-routes';
import { todayInSweden } from '../../../domain/calendar/today-in-sweden';
import { ruleChanges } from './rules-timeline';

const library = loadContentLibrary();
const server = useServer();

// The knowledge pages with a clock that stands still, beside the guide they link into.
let fixed: FastifyInstance;
beforeAll(async () => {
  fixed = Fastify({ logger: false });
  registerKnowledgeRoutes(fixed, { today: () => '2022-06-01' });
  await fixed.register(registerInterviewRoutes, { today: () => '2022-06-01' });
  await fixed.ready();
});
afterAll(async () => {
  await fixed.close();
});

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const withLang = (url: string, lang: string) =>
  lang === 'sv' ? url : `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`;

describe('GET /kunskap', () => {
  it.each(LANGS)('compares every form in an accessible table (%s)', async (lang) => {
    const response = await server().inject({ url: withLang('/kunskap', lang) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const page = response.body;
    const t = webMessages(lang).knowledge.overview;
    expect(page).toMatch(
      /<div\s+class="table-scroll"\s+role="region"\s+aria-labelledby="compare-caption"\s+tabindex="0"/,
    );
    expect(page).toContain(`<caption id="compare-caption">`);
    for (const a of COMPARE_ASPECTS) expect(page).toContain(`<th scope="col">${t.aspects[a]}</th>`);
    const rows = [...page.matchAll(/<th scope="row">\s*<a href="\/kunskap\/([^"?]+)/g)].map(
      (m) => m[1],
    );
    expect(rows).toEqual(FORM_IDS.filter((f) => library.pages.some((p) => p.id === f)));
    expect(rows).toEqual([...FORM_IDS]);
    const sources = new Map(library.sources.map((s) => [s.id, s]));
    for (const p of library.pages.filter((x) => x.kind === 'form')) {
      for (const item of p.legalBasis) {
        const s = sources.get(item.source);
        const text = item.ref === null ? s?.short : `${item.ref} ${s?.short}`;
        expect(decode(page)).toContain(`<a class="citation" href="${s?.url}">${text}</a>`);
      }
    }
    for (const href of ['/kunskap/regler-over-tid', '/ordlista', '/sok']) {
      expect(attributeValues(page, 'href')).toContain(withLang(href, lang));
    }
  });
});

describe('GET /kunskap/{id}', () => {
  const cases = library.pages.flatMap((p) => LANGS.map((lang) => [p.id, lang] as const));

  it.each(cases)('%s in %s has its text, sources and last check', async (id, lang) => {
    const page = library.pages.find((p) => p.id === id)!;
    const response = await fixed.inject({ url: withLang(`/kunskap/${id}`, lang) });
    expect(response.statusCode).toBe(200);
    const body = decode(response.body);
    const t = webMessages(lang).knowledge.page;
    expect(body).toContain(`<h1>${page.title[lang]}</h1>`);
    expect(body).toContain(page.summary[lang]);
    expect(body).toContain(`<h2 id="sources-heading">${t.sourcesHeading}</h2>`);
    for (const id of page.sources) {
      const s = library.sources.find((x) => x.id === id)!;
      expect(body).toContain(`<a href="${s.url}">${s.title[lang]}</a>`);
      if (!s.verified) {
        const item = body.slice(body.indexOf(`data-source="${s.id}"`)).split('</li>')[0];
        expect(item).toContain(t.notVerified);
        expect(item).toContain(s.note?.[lang]);
      }
    }
    expect(body).toContain(t.lastChecked(page.verifiedOn));
    if (page.kind === 'form') {
      expect(body).toContain(`<h2 id="legal-basis-heading">${t.legalBasisHeading}</h2>`);
      expect(body).toContain(`<h2 id="kontroller-heading">${t.checksHeading}</h2>`);
      expect(body).toContain('data-rule-set="lou-2022-02"');
      const related = library.glossary.filter((e) => e.forms.includes(page.form!));
      for (const e of related) {
        expect(attributeValues(response.body, 'href')).toContain(
          `${withLang('/ordlista', lang)}#${e.id}`,
        );
      }
    }
  });

  it('shows the checks for a date chosen in the form, and they follow the rules of that date', async () => {
    const before = await fixed.inject({ url: '/kunskap/reserved-ideburen?datum=2022-06-01' });
    const after = await fixed.inject({ url: '/kunskap/reserved-ideburen?datum=2023-06-01' });
    expect(before.statusCode).toBe(200);
    expect(after.statusCode).toBe(200);
    expect(before.body).toContain('data-rule-set="lou-2022-02"');
    expect(before.body).toContain('data-verdict="not-allowed"');
    expect(before.body).toContain('data-code="ideburen.not-in-force"');
    expect(after.body).toContain('data-rule-set="lou-2023-01"');
    expect(after.body).toContain('data-code="ideburen.public-benefit-required"');
    expect(after.body).not.toContain('data-code="ideburen.not-in-force"');
    expect(after.body).toContain('value="2023-06-01"');
  });

  it.each(LANGS)('refuses a date that is not one, naming the field (%s)', async (lang) => {
    const response = await fixed.inject({ url: withLang('/kunskap/iop?datum=1%20juni', lang) });
    expect(response.statusCode).toBe(400);
    const t = webMessages(lang).knowledge;
    expect(titleOf(response.body).startsWith(t.titleErrorPrefix)).toBe(true);
    expect(decode(response.body)).toContain(t.page.dateInvalid('1 juni'));
    expect(t.page.dateInvalid('x')).toContain(t.page.dateLabel);
    expect(response.body).toMatch(/aria-invalid="true"/);
    expect(response.body).toContain('value="1 juni"');
    expect(response.body).not.toContain('data-rule-set=');
  });

  it.each(LANGS)('says plainly when a date is before the rules samverka has (%s)', async (lang) => {
    const response = await fixed.inject({ url: withLang('/kunskap/iop?datum=2013-12-31', lang) });
    expect(response.statusCode).toBe(400);
    expect(decode(response.body)).toContain(
      webMessages(lang).knowledge.page.dateBeforeCoverage('2013-12-31', '2014-07-01'),
    );
  });

  it('does not crash on odd date parameters', async () => {
    for (const q of ['datum=2023-02-30', 'datum=%3Cscript%3E', 'datum=a&datum=b', 'datum=']) {
      const response = await fixed.inject({ url: `/kunskap/iop?${q}` });
      expect(response.statusCode, q).toBeLessThan(500);
      expect(response.body).not.toContain('<script>');
    }
  });

  it.each(LANGS)(
    'links into the guide with the page’s answers, and the guide keeps them (%s)',
    async (lang) => {
      for (const page of library.pages.filter((p) => p.kind === 'form')) {
        const response = await fixed.inject({ url: withLang(`/kunskap/${page.id}`, lang) });
        const link = attributeValues(response.body, 'href').find((h) =>
          h.startsWith('/vagledning/'),
        );
        expect(link, page.id).toBeDefined();
        const url = new URL(link!, 'http://localhost');
        expect(url.pathname).toBe('/vagledning/fraga/startDate');
        for (const [key, value] of Object.entries(page.interview)) {
          expect(url.searchParams.get(key)).toBe(value);
        }
        expect(url.searchParams.get('lang')).toBe(lang === 'sv' ? null : lang);
        const question = await fixed.inject({ url: link! });
        expect(question.statusCode).toBe(200);
        const goal = page.interview.goal!;
        expect(decode(question.body)).toContain(`goal=${goal}`);
        // Answering the first question goes on with the page's answers.
        const answered = await fixed.inject({
          method: 'POST',
          url: link!,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: 'day=1&month=6&year=2023',
        });
        expect(answered.statusCode).toBe(303);
        expect(answered.headers.location).toContain(`goal=${goal}`);
        expect(answered.headers.location).toContain('startDate=2023-06-01');
      }
    },
  );

  it.each(LANGS)('answers an unknown id with the not-found page (%s)', async (lang) => {
    const response = await server().inject({ url: withLang('/kunskap/no-such-form', lang) });
    expect(response.statusCode).toBe(404);
    expect(titleOf(response.body)).toContain(webMessages(lang).errors.notFoundTitle);
  });
});

describe('GET /kunskap/regler-over-tid', () => {
  it.each(LANGS)('shows every change date and every catalogue row (%s)', async (lang) => {
    const response = await server().inject({ url: withLang('/kunskap/regler-over-tid', lang) });
    expect(response.statusCode).toBe(200);
    const page = response.body;
    const catalogue = rulesCatalogue();
    const dates = [...page.matchAll(/<li id="andring-(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]);
    expect(dates).toEqual(ruleChanges(catalogue).map((c) => c.date));
    for (const d of ['2014-07-01', '2017-01-01', '2019-01-01', '2022-02-01', '2023-01-01']) {
      expect(dates).toContain(d);
    }
    for (const v of catalogue.values) {
      expect(page).toMatch(
        new RegExp(`data-value-id="${escapeRe(v.id)}"\\s+data-valid-from="${v.validFrom}"`),
      );
    }
    expect(page).toMatch(
      /<link\s+rel="alternate"\s+type="application\/atom\+xml"\s+title="[^"]+"\s+href="\/kunskap\/regler-over-tid\.atom/,
    );
  });
});

describe('GET /kunskap/regler-over-tid.atom', () => {
  it.each(LANGS)(
    'is an Atom feed with one entry per change date up to today (%s)',
    async (lang) => {
      const response = await server().inject({
        url: withLang('/kunskap/regler-over-tid.atom', lang),
        headers: { host: 'samverka.example' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/atom\+xml/);
      const feed = response.body;
      expect(feed).toContain(`xml:lang="${lang}"`);
      expect(feed).toContain(
        `<link rel="self" type="application/atom+xml" href="http://samverka.example/kunskap/regler-over-tid.atom${lang === 'sv' ? '' : '?lang=en'}"/>`,
      );
      const entries = feed.match(/<entry>/g) ?? [];
      const today = todayInSweden();
      expect(entries).toHaveLength(
        ruleChanges(rulesCatalogue()).filter((c) => c.date <= today).length,
      );
    },
  );

  it('names no host from a Host header it cannot trust', async () => {
    const response = await server().inject({
      url: '/kunskap/regler-over-tid.atom',
      headers: { host: 'evil"><x' },
    });
    expect(response.body).not.toContain('evil');
    expect(response.body).toContain('http://localhost/kunskap/regler-over-tid');
  });
});
