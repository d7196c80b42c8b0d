import type { FastifyReply, FastifyRequest } from 'fastify';
import { assessCase } from '../../domain/assessment';
import { parseJsonText } from '../../domain/case-input';
import { sendErrors } from '../api-errors';
import { langProblem, queryValue, requestLang } from '../request-lang';
import { presentAssessment, presentValidationErrors } from './assessments-presenter';

/**
 * `POST /api/v1/assessments`: the body is read as text (see the API's content-type parser) so
 * that malformed JSON is reported with its line and column in the client's language.
 */
export async function postAssessment(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const lang = requestLang(request);
  const badLang = langProblem(request, lang);
  if (badLang !== undefined) return sendErrors(reply, 400, [badLang]);

  const text = typeof request.body === 'string' ? request.body : '';
  const parsed = parseJsonText(text, lang);
  if (!parsed.ok) return sendErrors(reply, 400, presentValidationErrors(parsed.errors).errors);

  const explain = queryValue(request, 'explain') === 'true';
  const result = assessCase(parsed.value, { lang, explain });
  if (!result.ok) return sendErrors(reply, 400, presentValidationErrors(result.errors).errors);
  return reply
    .code(200)
    .type('application/json; charset=utf-8')
    .header('content-language', lang)
    .send(presentAssessment(result.assessment));
}
