import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import {
  assessState,
  caseFacts,
  emptyState,
  stateFromCase,
  interviewResult,
  nextStep,
  searchCpv,
  withAnswer,
  writePermalink,
} from '../domain/interview';
import type { Lang } from '../engine';
import { assess, type Case } from '../rules';
import { renderResultPage } from '../web/pages/interview/result-page';
import { todayInSweden } from '../domain/calendar/today-in-sweden';
import { metric, type Metric } from './bench-report';
import { median } from './time-box';

const LANGS = ['sv', 'en'] as const;

/** `path` with the answers in `query` and the language (Swedish needs no parameter). */
function address(path: string, query: string, lang: Lang): string {
  const parts = [query, lang === 'sv' ? '' : `lang=${lang}`].filter((p) => p !== '');
  return parts.length === 0 ? path : `${path}?${parts.join('&')}`;
}

/** The address of the result page of `c`. */
export function resultPageUrl(c: Case, lang: Lang): string {
  return address('/vagledning/resultat', writePermalink(stateFromCase(c)), lang);
}

async function get(app: FastifyInstance, url: string, compressed = false) {
  const response = await app.inject({
    url,
    headers: compressed ? { 'accept-encoding': 'gzip, br' } : {},
  });
  if (response.statusCode !== 200) {
    throw new Error(`GET ${url} answered ${response.statusCode}, not 200`);
  }
  return response;
}

/**
 * The result page as its route makes it: the permalink read and assessed, what would change the
 * answer, the HTML. (The route adds only Fastify's request handling around these calls.)
 */
function renderResult(params: URLSearchParams, lang: Lang, today: string): string {
  const outcome = interviewResult(params, lang, today);
  if (!outcome.ok) throw new Error(`${params.toString()}: ${outcome.errors[0]?.message}`);
  const permalink = writePermalink(outcome.result.state);
  return renderResultPage({ lang, result: outcome.result, permalink, today });
}

/**
 * `web.result_page_ms`: the median time the server takes to make the result page of a case —
 * permalink to HTML, the work of the route — over the bench's cases in Swedish and English, in
 * rounds over all of them for about `seconds` (at least one). Before measuring, each page is
 * asked of the server (`inject`) and must be the same document. Baseline: the median time of the
 * engine's assessment of the same cases in the same languages, measured in the same rounds.
 * Also returns the median of the whole request through `inject` (Fastify routing, headers and
 * the simulated socket added), for the table's notes.
 */
export async function resultPageBench(
  app: FastifyInstance,
  cases: readonly Case[],
  seconds: number,
): Promise<{ metric: Metric; injectMs: number }> {
  const today = todayInSweden();
  const jobs = cases.flatMap((c) =>
    LANGS.map((lang) => {
      const url = resultPageUrl(c, lang);
      return { c, lang, url, params: new URL(url, 'http://localhost').searchParams };
    }),
  );
  // Warm-up, and proof that what is measured is what the route serves.
  for (const job of jobs) {
    const served = (await get(app, job.url)).body;
    if (served !== renderResult(job.params, job.lang, today)) {
      throw new Error(`${job.url}: the route serves another page than the one measured`);
    }
    assess(job.c, { lang: job.lang });
  }

  const page: number[] = [];
  const engine: number[] = [];
  const whole: number[] = [];
  let sink = 0;
  const end = performance.now() + seconds * 1000;
  do {
    for (const job of jobs) {
      const t0 = performance.now();
      sink += renderResult(job.params, job.lang, today).length;
      page.push(performance.now() - t0);

      const t1 = performance.now();
      sink += assess(job.c, { lang: job.lang }).options.length;
      engine.push(performance.now() - t1);

      const t2 = performance.now();
      sink += (await app.inject({ url: job.url })).body.length;
      whole.push(performance.now() - t2);
    }
  } while (performance.now() < end);
  if (sink === 0) throw new Error('the result pages were empty');
  return { metric: metric(median(page), median(engine), 'ms'), injectMs: median(whole) };
}

/** The addresses of every page of the journey of `c` in `lang`, as a person would go through it. */
export function journeyUrls(c: Case, lang: Lang, today: string): string[] {
  const urls = [address('/vagledning', '', lang)];
  const facts = caseFacts(c);
  let state = emptyState();
  for (let step = 0; step < 60; step++) {
    const next = nextStep(state, assessState(state, lang, today));
    const query = writePermalink(state);
    if (next.kind === 'check-answers') {
      urls.push(address('/vagledning/svar', query, lang));
      urls.push(address('/vagledning/resultat', query, lang));
      return urls;
    }
    const { path, kind } = next.field;
    urls.push(address(`/vagledning/fraga/${path}`, query, lang));
    let value: unknown = facts.get(path);
    if (path === 'goal') {
      value = c.relationship?.supportsOrganisationsOwnActivity === true ? 'support' : 'buy';
    }
    if (path === 'counterpart') value = c.counterpart !== null && c.counterpart !== undefined;
    if (kind === 'cpv' && Array.isArray(value)) {
      // The CPV question with search results, as it looks after a search.
      const word = lang === 'sv' ? 'tjänster' : 'services';
      if (searchCpv(word, lang).length === 0) throw new Error(`no CPV hits for ${word}`);
      const search = [query, `q=${encodeURIComponent(word)}`].filter((p) => p !== '').join('&');
      urls.push(address(`/vagledning/fraga/${path}`, search, lang));
    }
    state = withAnswer(
      state,
      path,
      value === undefined ? { kind: 'unknown' } : { kind: 'value', value },
    );
  }
  throw new Error(`the journey of ${JSON.stringify(c)} did not end`);
}

function linkedAssets(body: string): string[] {
  const assets: string[] = [];
  for (const m of body.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (!/\brel="stylesheet"/.test(tag)) continue;
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href !== undefined) assets.push(href.replace(/&amp;/g, '&'));
  }
  for (const m of body.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    assets.push(m[1]!.replace(/&amp;/g, '&'));
  }
  return assets;
}

function wireBytes(response: LightMyRequestResponse): number {
  return response.rawPayload.length;
}

/** The bytes of a page as served compressed: the HTML and every stylesheet and script it links. */
async function pageBytes(app: FastifyInstance, url: string): Promise<number> {
  const page = await get(app, url, true);
  let bytes = wireBytes(page);
  const plain = await get(app, url);
  for (const asset of linkedAssets(plain.body)) {
    if (!asset.startsWith('/')) throw new Error(`${url} links ${asset} from elsewhere`);
    bytes += wireBytes(await get(app, asset, true));
  }
  return bytes;
}

/**
 * `web.page_bytes_max`: the largest page of the guided interview — the start page, every
 * question page on the journeys of `cases` (the CPV question also with search results), the
 * check-your-answers page and the result page, in Swedish and English — counted as served to a
 * browser that accepts brotli and gzip: the HTML and the stylesheets and scripts it links.
 * Baseline: the home page, counted the same way.
 */
export async function pageBytesBench(
  app: FastifyInstance,
  cases: readonly Case[],
  today: string,
): Promise<{ metric: Metric; largest: string }> {
  // Each address once, named by its page and the first journey that reaches it.
  const pages = new Map<string, string>();
  cases.forEach((c, i) => {
    for (const lang of LANGS) {
      for (const url of journeyUrls(c, lang, today)) {
        if (!pages.has(url)) pages.set(url, `${url.split('?')[0]} of case ${i + 1} in ${lang}`);
      }
    }
  });
  let largest = { page: '', bytes: 0 };
  for (const [url, page] of pages) {
    const bytes = await pageBytes(app, url);
    if (bytes > largest.bytes) largest = { page, bytes };
  }
  const home = await pageBytes(app, '/');
  return { metric: metric(largest.bytes, home, 'bytes'), largest: largest.page };
}
