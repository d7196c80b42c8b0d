// The two posts of a change that cannot simply be undone: the first, without the confirmation,
// is answered with the question; only the second, carrying it, makes the change.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formCsrfToken } from '../../auth/request-auth';
import { requestLang } from '../../request-lang';
import { formText } from '../sign-in/sign-in-routes';
import { CONFIRM_FIELD, CONFIRM_VALUE, renderConfirmPage, type ConfirmView } from './confirm-page';
import { sendHtml } from './organisation-chrome';

/** Whether the post carries the confirmation that the question's form adds. */
export function isConfirmed(request: FastifyRequest): boolean {
  return formText(request.body, CONFIRM_FIELD) === CONFIRM_VALUE;
}

/** Answers with the question before the change, in the request's language. */
export async function sendConfirmPage(
  request: FastifyRequest,
  reply: FastifyReply,
  view: Omit<ConfirmView, 'lang' | 'csrfToken'>,
): Promise<FastifyReply> {
  return sendHtml(
    reply,
    200,
    renderConfirmPage({
      lang: requestLang(request),
      csrfToken: await formCsrfToken(request, reply),
      ...view,
    }),
  );
}
