import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webMessages } from '../web/locales/index';
import {
  describeEachDatabase,
  openScratchPglite,
  type ScratchDatabase,
} from '../test-support/databases';
import { buildServer } from './build-server';

const SECRET = 'internal detail that must not leak';

let scratch: ScratchDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  scratch = await openScratchPglite();
  app = await buildServer({
    db: scratch.db,
    routes: [
      (scope) => {
        scope.get('/boom', () => {
          throw new Error(SECRET);
        });
        scope.get('/api/boom', () => {
          throw new Error(SECRET);
        });
        scope.get('/conflict', () => {
          throw Object.assign(new Error(SECRET), { statusCode: 409 });
        });
        scope.post('/api/echo', (request) => request.body);
        scope.post('/form', (request) => request.body);
      },
    ],
  });
});

afterAll(async () => {
  await app.close();
  await scratch.dispose();
});

describe('security headers', () => {
  it('sends a strict content security policy without inline scripts or styles', async () => {
    const response = await app.inject({ url: '/' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('script-src');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('sends the same policy on JSON answers', async () => {
    const response = await app.inject({ url: '/healthz' });
    expect(String(response.headers['content-security-policy'])).toContain("default-src 'none'");
  });
});

describe('pages', () => {
  it('serves the home page in Swedish by default', async () => {
    const response = await app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('<html lang="sv">');
    expect(response.body).toContain(webMessages('sv').home.lead);
  });

  it('serves the home page in English with ?lang=en', async () => {
    const response = await app.inject({ url: '/?lang=en' });
    expect(response.body).toContain('<html lang="en">');
    expect(response.body).toContain(webMessages('en').home.lead);
  });

  it('falls back to Swedish for a language it does not speak', async () => {
    const response = await app.inject({ url: '/?lang=de' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<html lang="sv">');
  });

  it('serves the stylesheet as CSS', async () => {
    const response = await app.inject({ url: '/assets/app.css' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(response.body).toContain(':focus-visible');
  });
});

describe('errors on pages', () => {
  it.each([
    ['sv', '/no-such-page'],
    ['en', '/no-such-page?lang=en'],
  ] as const)('answers a missing page with a 404 page in %s', async (lang, url) => {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain(`<html lang="${lang}">`);
    expect(response.body).toContain(`<h1>${webMessages(lang).errors.notFoundTitle}</h1>`);
  });

  it.each(['sv', 'en'] as const)(
    'answers a failure with a 500 page in %s and no details',
    async (lang) => {
      const response = await app.inject({ url: `/boom?lang=${lang}` });
      expect(response.statusCode).toBe(500);
      expect(response.body).toContain(`<h1>${webMessages(lang).errors.serverErrorTitle}</h1>`);
      expect(response.body).not.toContain(SECRET);
      expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    },
  );

  it('keeps the status of a client error and shows no details', async () => {
    const response = await app.inject({ url: '/conflict' });
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain(webMessages('sv').errors.badRequestTitle);
    expect(response.body).not.toContain(SECRET);
  });

  it('answers a malformed body on a page route with a 400 page', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/form',
      headers: { 'content-type': 'application/json' },
      payload: '{"a":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('never links the language switch of an error page to another host', async () => {
    const response = await app.inject({ url: '//evil.example/x' });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('evil.example');
  });

  it('escapes the address asked for wherever the page shows it', async () => {
    const response = await app.inject({ url: '/%22%3E%3Cscript%3E' });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('<script>');
  });
});

describe('errors under /api/', () => {
  it('answers a missing resource with JSON in the requested language', async () => {
    const sv = await app.inject({ url: '/api/v1/nothing' });
    const en = await app.inject({ url: '/api/v1/nothing?lang=en' });
    expect(sv.statusCode).toBe(404);
    expect(sv.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(sv.json()).toEqual({
      errors: [{ path: '', code: 'not-found', message: webMessages('sv').errors.api.notFound }],
    });
    expect(en.json()).toEqual({
      errors: [{ path: '', code: 'not-found', message: webMessages('en').errors.api.notFound }],
    });
  });

  it('answers a failure with a JSON 500 and no details', async () => {
    const response = await app.inject({ url: '/api/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      errors: [{ path: '', code: 'internal', message: webMessages('sv').errors.api.serverError }],
    });
  });

  it('answers malformed JSON with a 400 naming the problem', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/echo?lang=en',
      headers: { 'content-type': 'application/json' },
      payload: '{"a":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      errors: [
        { path: '', code: 'invalid-json', message: webMessages('en').errors.api.invalidJson },
      ],
    });
  });

  it('answers a body of an unsupported type with a 415', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/echo',
      headers: { 'content-type': 'text/xml' },
      payload: '<a/>',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ errors: [{ code: 'content-type' }] });
  });

  it('passes a well-formed body to the route', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/echo', payload: { a: 1 } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ a: 1 });
  });
});

describeEachDatabase('GET /healthz', (target) => {
  it('answers ok while the database answers, and 503 when it does not', async () => {
    const { db } = await target.fresh();
    const server = await buildServer({ db });
    try {
      const up = await server.inject({ url: '/healthz' });
      expect([up.statusCode, up.json()]).toEqual([200, { status: 'ok' }]);

      await db.close();
      const down = await server.inject({ url: '/healthz' });
      expect([down.statusCode, down.json()]).toEqual([503, { status: 'unavailable' }]);
    } finally {
      await server.close();
    }
  });
});
