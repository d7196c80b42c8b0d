// Refuses every form post of the account areas that lacks the CSRF token of this browser.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_FIELD } from '../../accounts/index';
import { renderErrorPage } from '../pages/error-page';
import { requestLang } from '../request-lang';
import { safeLocalPath } from '../safe-path';
import { formCsrfValid } from './request-auth';

/** A preValidation hook: state-changing requests must carry the form's CSRF token. */
export async function csrfGuard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.method === 'GET' || request.method === 'HEAD') return;
  const body = request.body as Record<string, unknown> | undefined;
  if (await formCsrfValid(request, body?.[CSRF_FIELD])) return;
  request.log.info(
    { url: safeLocalPath(request.url) },
    'form refused: CSRF token missing or wrong',
  );
  await reply
    .code(403)
    .type('text/html; charset=utf-8')
    .send(renderErrorPage('csrf', requestLang(request), safeLocalPath(request.url)));
}
