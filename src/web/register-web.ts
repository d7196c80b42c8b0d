// The web pages and their stylesheet.
import type { FastifyInstance } from 'fastify';
import stylesheet from './assets/app.css?raw';
import { STYLESHEET_PATH } from './page-layout';
import { renderHomePage } from './pages/home-page';
import { registerGlossaryRoutes } from './pages/glossary/glossary-routes';
import { registerInterviewRoutes } from './pages/interview/interview-routes';
import { registerKnowledgeRoutes } from './pages/knowledge/knowledge-routes';
import { registerSearchRoutes } from './pages/search/search-routes';
import { registerMemoRoutes } from './memo-routes';
import { requestLang } from './request-lang';

/** Registers the home page, the guide (in a scope of its own) and the stylesheet. */
export function registerWeb(app: FastifyInstance): void {
  void app.register(registerInterviewRoutes);
  registerMemoRoutes(app);
  registerKnowledgeRoutes(app);
  registerGlossaryRoutes(app);
  registerSearchRoutes(app);

  app.get('/', (request, reply) => {
    return reply.type('text/html; charset=utf-8').send(renderHomePage(requestLang(request)));
  });

  app.get(STYLESHEET_PATH, (_request, reply) => {
    // No fingerprint in the file name yet, so caches keep it only briefly.
    return reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(stylesheet);
  });
}
