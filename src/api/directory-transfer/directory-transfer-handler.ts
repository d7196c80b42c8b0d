// The directory's import and export in the API. A public body posts a CSV file of organisations
// it suggests (POST /api/v1/organisations/import): the file is checked whole, its valid rows
// become unlisted suggestions (or update the body's own earlier ones), and the answer reports
// every row. Anyone may download the listed directory (GET /api/v1/organisations/export) as CSV
// or as Open Referral–like JSON, streamed a page at a time.
import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findOrganisation } from '../../accounts/index';
import { streamWriter } from '../../db/backup-file';
import {
  actorCsvProblemText,
  actorCsvRefusalText,
  actorCsvTexts,
  actorCsvWarningText,
  readActorCsv,
} from '../../domain/directory/csv/index';
import {
  exportActorsCsv,
  exportActorsOpenReferral,
  importActors,
} from '../../directory-transfer/index';
import { apiAccess } from '../../web/auth/access-guard';
import { sendErrors, type ApiError } from '../api-errors';
import { transferApiMessages } from '../locales/transfer-messages';
import { notOneOf } from '../json-request';
import { langProblem, queryValue, requestLang } from '../request-lang';

const JSON_TYPE = 'application/json; charset=utf-8';

/** `POST /api/v1/organisations/import`. */
export async function postImport(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const caller = apiAccess(request, reply, 'directory.suggest');
  if (!caller) return reply;
  const lang = requestLang(request);
  const t = transferApiMessages(lang);
  const db = request.server.db;
  const organisation = await findOrganisation(db, caller.organisationId);
  if (organisation?.kind !== 'public-body') {
    return sendErrors(reply, 403, [{ path: '', code: 'forbidden', message: t.publicBodiesOnly }]);
  }
  const errors: ApiError[] = [];
  const badLang = langProblem(request, lang);
  if (badLang) errors.push(badLang);
  const dryRunText = queryValue(request, 'dryRun') ?? 'false';
  if (dryRunText !== 'true' && dryRunText !== 'false') {
    errors.push(notOneOf('dryRun', ['true', 'false'], dryRunText, lang));
  }
  if (!Buffer.isBuffer(request.body)) {
    errors.push({
      path: '',
      code: 'content-type',
      message: t.csvBody(request.headers['content-type']),
    });
  }
  if (errors.length > 0) return sendErrors(reply, 400, errors);

  const reading = readActorCsv(request.body as Buffer);
  if (!reading.ok) {
    return sendErrors(reply, 422, [
      { path: '', code: reading.refusal.code, message: actorCsvRefusalText(reading.refusal, lang) },
    ]);
  }
  const dryRun = dryRunText === 'true';
  const summary = await importActors(db, reading.valid, {
    mode: 'suggestion',
    suggestedBy: caller.organisationId,
    dryRun,
    actor: caller.actor,
    now: request.server.now(),
    fields: reading.fields,
  });
  const texts = actorCsvTexts(lang);
  const report = {
    dryRun,
    encoding: reading.encoding,
    delimiter: reading.delimiter,
    rowsRead: reading.rowsRead,
    created: summary.created,
    updated: summary.updated,
    unchanged: summary.unchanged,
    invalid: reading.invalidRows,
    kept: summary.kept.map((k) => ({ ...k, message: texts.kept[k.reason] })),
    problems: reading.problems.map((p) => ({
      line: p.line,
      column: p.column,
      value: p.value,
      code: p.problem.code,
      message: actorCsvProblemText(p.problem, lang),
    })),
    warnings: reading.warnings.map((w) => ({
      code: w.code,
      column: w.column,
      message: actorCsvWarningText(w, lang),
    })),
  };
  return reply
    .code(200)
    .type(JSON_TYPE)
    .header('cache-control', 'private, no-store')
    .send(JSON.stringify(report));
}

/** `GET /api/v1/organisations/export`. */
export function getExport(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const lang = requestLang(request);
  const errors: ApiError[] = [];
  const badLang = langProblem(request, lang);
  if (badLang) errors.push(badLang);
  const format = queryValue(request, 'format') ?? 'csv';
  if (format !== 'csv' && format !== 'json') {
    errors.push(notOneOf('format', ['csv', 'json'], format, lang));
  }
  if (errors.length > 0) return Promise.resolve(sendErrors(reply, 400, errors));

  const db = request.server.db;
  const body = new PassThrough();
  const write = streamWriter(body);
  const produce = format === 'json' ? exportActorsOpenReferral : exportActorsCsv;
  // Written while it is sent; a failure after the answer has begun can only cut the download
  // short (the client sees an incomplete body), and it is logged.
  void produce(db, write).then(
    () => body.end(),
    (error: unknown) => {
      request.log.error({ err: error }, 'directory export failed');
      body.destroy(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return Promise.resolve(
    reply
      .code(200)
      .type(format === 'json' ? JSON_TYPE : 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="aktorer.${format}"`)
      .header('cache-control', 'public, max-age=300')
      .send(body),
  );
}
