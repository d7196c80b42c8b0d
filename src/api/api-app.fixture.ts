// A bare Fastify instance with the API only, for in-process tests with `inject`.
import Fastify, { type FastifyInstance } from 'fastify';
import { registerApi } from './index';

/** A ready Fastify instance serving the API and nothing else. */
export async function apiTestApp(): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  await registerApi(app);
  await app.ready();
  return app;
}
