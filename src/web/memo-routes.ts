// The decision memo for download: /vagledning/beslutsunderlag.pdf, .docx and .md with the
// permalink in the query. The memo is produced from the same interview result as the result page,
// dated with the day of the request; an address whose answers cannot be read gets the guide's
// 400 page naming each field, never a half-written file.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { interviewResult, writePermalink } from '../domain/interview/index';
import type { Lang } from '../engine/index';
import type { MemoDocument } from '../memo/memo-document';
import { renderMemoDocx } from '../memo/memo-docx';
import { memoFromResult } from '../memo/memo-from-result';
import { renderMemoMarkdown } from '../memo/memo-markdown';
import { renderMemoPdf } from '../memo/memo-pdf';
import { renderInvalidPermalinkPage } from './pages/interview/invalid-permalink-page';
import { INTERVIEW_PATHS } from './pages/interview/interview-urls';
import { todayInSweden } from '../domain/calendar/today-in-sweden';
import { requestLang } from './request-lang';

/** What the memo routes depend on besides the request. */
export interface MemoRouteOptions {
  /** The server's clock; the memo is dated with this day in Sweden. */
  now?: () => Date;
}

interface MemoFormat {
  path: string;
  extension: string;
  contentType: string;
  render: (memo: MemoDocument) => Promise<Buffer | string> | string;
}

/** The three formats, by address. */
export const MEMO_FORMATS: readonly MemoFormat[] = [
  {
    path: INTERVIEW_PATHS.memoPdf,
    extension: 'pdf',
    contentType: 'application/pdf',
    render: renderMemoPdf,
  },
  {
    path: INTERVIEW_PATHS.memoDocx,
    extension: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: renderMemoDocx,
  },
  {
    path: INTERVIEW_PATHS.memoMarkdown,
    extension: 'md',
    contentType: 'text/markdown; charset=utf-8',
    render: renderMemoMarkdown,
  },
];

/** Registers the memo downloads on `app`. */
export function registerMemoRoutes(app: FastifyInstance, options: MemoRouteOptions = {}): void {
  const now = options.now ?? (() => new Date());
  for (const format of MEMO_FORMATS) {
    app.get(format.path, (request, reply) => sendMemo(request, reply, format, now()));
  }
}

async function sendMemo(
  request: FastifyRequest,
  reply: FastifyReply,
  format: MemoFormat,
  now: Date,
): Promise<FastifyReply> {
  const lang = requestLang(request);
  const params = queryParams(request.url);
  const producedOn = todayInSweden(now);
  const read = interviewResult(params, lang, producedOn);
  if (!read.ok) {
    const query = new URLSearchParams(params);
    query.delete('lang');
    return reply
      .code(400)
      .type('text/html; charset=utf-8')
      .send(
        renderInvalidPermalinkPage({
          lang,
          path: format.path,
          query: query.toString(),
          errors: read.errors,
          state: read.state,
        }),
      );
  }
  const memo = memoFromResult(read.result, {
    lang,
    producedOn,
    permalink: resultAddress(request, writePermalink(read.result.state), lang),
  });
  const body = await format.render(memo);
  return reply
    .type(format.contentType)
    .header('content-disposition', `attachment; filename="${memo.fileName}.${format.extension}"`)
    .header('cache-control', 'private, no-store')
    .send(body);
}

function queryParams(url: string): URLSearchParams {
  const i = url.indexOf('?');
  return new URLSearchParams(i === -1 ? '' : url.slice(i + 1));
}

/** A host name with an optional port, or an IPv6 address in brackets: nothing else is echoed. */
const PLAIN_HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The address of the result page that reopens this memo's assessment: absolute when the request
 * names a plain host, so that the printed memo still leads back; the path alone otherwise.
 */
function resultAddress(request: FastifyRequest, permalink: string, lang: Lang): string {
  const query =
    lang === 'sv' ? permalink : `${permalink}${permalink === '' ? '' : '&'}lang=${lang}`;
  const path = `${INTERVIEW_PATHS.result}?${query}`;
  return PLAIN_HOST.test(request.host) ? `${request.protocol}://${request.host}${path}` : path;
}
