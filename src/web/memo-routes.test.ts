import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandling } from '../app/error-handling';
import { buildServer } from '../app/build-server';
import { exampleCase, MEMO_EXAMPLES, memoPermalink } from '../memo/memo-cases.fixture';
import { plain as plainText } from '../memo/memo-expectations.fixture';
import { docxPart, docxText, readPdf } from '../memo/memo-text.fixture';
import { openScratchPglite, type ScratchDatabase } from '../test-support/databases';
import { registerMemoRoutes } from './memo-routes';

/** 23:30 UTC on 27 November is already 28 November in Sweden. */
const NOW = new Date('2026-11-27T23:30:00Z');
const DAY = '2026-11-28';

let app: FastifyInstance;

beforeAll(async () => {
  app = Fastify();
  registerErrorHandling(app);
  registerMemoRoutes(app, { now: () => NOW });
  await app.ready();
});

afterAll(async () => {
  await app.close();
});

const elderly = memoPermalink(exampleCase(MEMO_EXAMPLES.elderlyCare)).toString();

const FORMATS = [
  {
    extension: 'pdf',
    type: 'application/pdf',
    magic: '%PDF-1.7',
  },
  {
    extension: 'docx',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: 'PK',
  },
  { extension: 'md', type: 'text/markdown; charset=utf-8', magic: '# ' },
] as const;

describe('memo downloads', () => {
  for (const f of FORMATS) {
    for (const lang of ['sv', 'en'] as const) {
      it(`sends the ${f.extension} memo in ${lang} as an attachment dated the day in Sweden`, async () => {
        const query = lang === 'sv' ? elderly : `${elderly}&lang=en`;
        const response = await app.inject({
          url: `/vagledning/beslutsunderlag.${f.extension}?${query}`,
        });
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe(f.type);
        const stem = lang === 'sv' ? 'beslutsunderlag' : 'decision-memo';
        expect(response.headers['content-disposition']).toBe(
          `attachment; filename="${stem}-${DAY}.${f.extension}"`,
        );
        expect(response.headers['cache-control']).toBe('private, no-store');
        expect(response.rawPayload.subarray(0, f.magic.length).toString('latin1')).toBe(f.magic);
      });
    }
  }

  it('dates the memo and links back to the result page with the same answers and language', async () => {
    const response = await app.inject({
      url: `/vagledning/beslutsunderlag.md?${elderly}&lang=en`,
      headers: { host: 'samverka.example' },
    });
    expect(response.body).toContain(`Produced on ${DAY} with samverka.`);
    const link = /<(http:\/\/samverka\.example\/vagledning\/resultat\?[^>]+)>/.exec(response.body);
    expect(link).not.toBeNull();
    const back = new URL(link![1]!).searchParams;
    expect(back.get('lang')).toBe('en');
    back.delete('lang');
    const asked = new URLSearchParams(elderly);
    expect([...back].sort()).toEqual([...asked].sort());
  });

  const BAD: readonly { name: string; query: string; path: string }[] = [
    {
      name: 'a value that is not a number',
      query: 'estimatedValueSek=abc',
      path: 'estimatedValueSek',
    },
    {
      name: 'a CPV code with a wrong check digit',
      query: 'subject.cpv=85311100-4',
      path: 'subject.cpv',
    },
    { name: 'a date that does not exist', query: 'startDate=2023-02-30', path: 'startDate' },
    {
      name: 'a date before the rules samverka covers',
      query: 'startDate=2010-01-01',
      path: 'startDate',
    },
    {
      name: 'a parameter that is not a question',
      query: 'startDate=2023-03-01&price=1',
      path: 'price',
    },
    { name: 'no start date', query: 'buyer.kind=municipality', path: 'startDate' },
    { name: 'an empty address', query: '', path: 'startDate' },
  ];

  for (const bad of BAD) {
    for (const f of FORMATS) {
      it(`answers ${bad.name} with a 400 page naming ${bad.path}, not a ${f.extension} file`, async () => {
        const response = await app.inject({
          url: `/vagledning/beslutsunderlag.${f.extension}?${bad.query}&lang=en`,
        });
        expect(response.statusCode).toBe(400);
        expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(response.headers['content-disposition']).toBeUndefined();
        expect(response.body).toContain('<html lang="en">');
        expect(response.body).toContain(bad.path);
      });
    }
  }

  it('names the problem in Swedish by default', async () => {
    const response = await app.inject({
      url: `/vagledning/beslutsunderlag.pdf?startDate=2023-03-01&estimatedValueSek=abc`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('<html lang="sv">');
    expect(response.body).toContain('estimatedValueSek');
  });

  it('does not echo a host name that is not plain into the memo', async () => {
    const response = await app.inject({
      url: `/vagledning/beslutsunderlag.md?${elderly}`,
      headers: { host: 'evil.example/"><x' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('evil');
    expect(response.body).toContain('](</vagledning/resultat?startDate=2023-03-01');
  });

  it('makes every format from odd free text: control characters, other scripts, a very long name', async () => {
    const odd = 'Glädje \u0000nul \u202erätt\u202c 😀 عربى 中文\tslut';
    const long = 'Föreningen Ärlig Ödmjukhet '.repeat(300).trim();
    for (const name of [odd, long]) {
      const query = new URLSearchParams({
        startDate: '2023-03-01',
        'buyer.name': name,
        counterpart: 'true',
        'counterpart.name': name,
      });
      const pdf = await app.inject({ url: `/vagledning/beslutsunderlag.pdf?${query.toString()}` });
      expect(pdf.statusCode).toBe(200);
      // The long address is a link once, not text repeated on every line it would wrap to.
      expect(pdf.rawPayload.length).toBeLessThan(1_500_000);
      const docx = await app.inject({
        url: `/vagledning/beslutsunderlag.docx?${query.toString()}`,
      });
      expect(docx.statusCode).toBe(200);
      const md = await app.inject({ url: `/vagledning/beslutsunderlag.md?${query.toString()}` });
      expect(md.statusCode).toBe(200);
      const expected = name === odd ? 'Glädje nul rätt 😀 عربى 中文 slut' : long;
      expect(plainText((await readPdf(pdf.rawPayload)).text)).toContain(
        name === odd ? 'Glädje nul rätt' : 'Föreningen Ärlig Ödmjukhet Föreningen',
      );
      const xml = await docxPart(docx.rawPayload, 'word/document.xml');
      for (const c of ['\u0000', '\u202e', '\u202c']) expect(xml).not.toContain(c);
      expect(await docxText(docx.rawPayload)).toContain(expected);
      expect(md.body).toContain(expected);
    }
  });

  it('sends a PDF and a DOCX whose text is the memo of the answers in the address', async () => {
    const query = `${elderly}&lang=en`;
    const pdf = await app.inject({ url: `/vagledning/beslutsunderlag.pdf?${query}` });
    const reading = await readPdf(pdf.rawPayload);
    expect(reading.text).toContain('Decision memo: choice of collaboration form');
    expect(reading.text).toContain(`Produced on ${DAY} with samverka.`);
    expect(reading.text).toContain('19 kap. 25 a § LOU (2016:1145)');
    const docx = await app.inject({ url: `/vagledning/beslutsunderlag.docx?${query.toString()}` });
    const text = await docxText(docx.rawPayload);
    expect(text).toContain('Assessment: Possible under conditions.');
    expect(text).toContain('Lag om registrering av idéburna organisationer (2022:900)');
  });
});

describe('memo downloads in the whole server', () => {
  let scratch: ScratchDatabase;
  let server: FastifyInstance;

  beforeAll(async () => {
    scratch = await openScratchPglite();
    server = await buildServer({ db: scratch.db });
  });

  afterAll(async () => {
    await server.close();
    await scratch.dispose();
  });

  it("serves the three formats from the result page's links", async () => {
    for (const f of FORMATS) {
      const response = await server.inject({
        url: `/vagledning/beslutsunderlag.${f.extension}?${elderly}`,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(f.type);
    }
    const result = await server.inject({ url: `/vagledning/resultat?${elderly}` });
    expect(result.body).toContain(`href="/vagledning/beslutsunderlag.pdf?`);
  });

  it('answers a tampered permalink with 400, never 500', async () => {
    const response = await server.inject({
      url: '/vagledning/beslutsunderlag.docx?startDate=2023-03-01&counterpart=maybe&subject.cpv=x',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  });
});
