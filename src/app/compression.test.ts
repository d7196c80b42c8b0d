import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScratchPglite, type ScratchDatabase } from '../test-support/databases';
import { buildServer, COMPRESSION_THRESHOLD_BYTES } from './build-server';

const BIG_JSON = { items: Array.from({ length: 200 }, (_, i) => ({ i, text: 'samverka' })) };

let scratch: ScratchDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  scratch = await openScratchPglite();
  app = await buildServer({
    db: scratch.db,
    routes: [
      (scope) => {
        scope.get('/api/big', () => BIG_JSON);
        scope.post('/api/echo', (request) => request.body);
        scope.get('/conflict', () => {
          throw Object.assign(new Error('conflict'), { statusCode: 409 });
        });
      },
    ],
  });
});

afterAll(async () => {
  await app.close();
  await scratch.dispose();
});

describe('compressed answers', () => {
  it('sends the home page with brotli when the client accepts it, the same document and policy', async () => {
    const plain = await app.inject({ url: '/' });
    const response = await app.inject({ url: '/', headers: { 'accept-encoding': 'gzip, br' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(
      plain.headers['content-security-policy'],
    );
    expect(response.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(brotliDecompressSync(response.rawPayload).toString('utf8')).toBe(plain.body);
  });

  it('sends the stylesheet with gzip to a client that accepts only gzip', async () => {
    const plain = await app.inject({ url: '/assets/app.css' });
    const response = await app.inject({
      url: '/assets/app.css',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(gunzipSync(response.rawPayload).toString('utf8')).toBe(plain.body);
  });

  it('compresses JSON answers', async () => {
    const response = await app.inject({
      url: '/api/big',
      headers: { 'accept-encoding': 'br' },
    });
    expect(response.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(response.rawPayload).toString('utf8'))).toEqual(
      BIG_JSON,
    );
  });

  it('compresses the error page of a route as well', async () => {
    const plain = await app.inject({ url: '/conflict' });
    const response = await app.inject({
      url: '/conflict',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.statusCode).toBe(409);
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.rawPayload).toString('utf8')).toBe(plain.body);
  });

  it('leaves answers below the threshold as they are', async () => {
    const response = await app.inject({
      url: '/healthz',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('does not decompress request bodies: a compressed upload is refused, not inflated', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/echo',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(JSON.stringify({ a: 1 })),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ code: 'invalid-json' }] });
  });
});
