// What the JSON handlers of the API share: sending a JSON answer that is never cached, reading
// the JSON object of a body with only the fields a route takes, and reading an integer query
// parameter. Each problem names its field and is worded in the request's language.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { describeProblem, parseJsonText, type CaseInputProblem } from '../domain/case-input';
import type { Lang } from '../engine/index';
import type { ApiError } from './api-errors';
import { queryValue } from './request-lang';

const JSON_TYPE = 'application/json; charset=utf-8';

/** Sends `body` as JSON with `status`; answers about an organisation's data are not cached. */
export function sendJson(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply
    .code(status)
    .type(JSON_TYPE)
    .header('cache-control', 'private, no-store')
    .send(JSON.stringify(body));
}

/** An input problem at `path` as an API error. */
export function inputError(path: string, p: CaseInputProblem, lang: Lang): ApiError {
  return { path, code: p.code, message: describeProblem(p, lang) };
}

/** The JSON type of a value, as error messages name it. */
export function jsonType(
  value: unknown,
): 'null' | 'array' | 'string' | 'number' | 'boolean' | 'object' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}

/** The JSON object a request carries, with only the `allowed` fields, or the problems with it. */
export function bodyObject(
  request: FastifyRequest,
  lang: Lang,
  allowed: readonly string[],
): { ok: true; value: Record<string, unknown> } | { ok: false; errors: ApiError[] } {
  const parsed = parseJsonText(typeof request.body === 'string' ? request.body : '', lang);
  if (!parsed.ok) {
    return {
      ok: false,
      errors: parsed.errors.map(({ path, code, message }) => ({ path, code, message })),
    };
  }
  const value = parsed.value;
  if (jsonType(value) !== 'object') {
    return {
      ok: false,
      errors: [
        inputError('', { code: 'wrong-type', expected: ['object'], actual: jsonType(value) }, lang),
      ],
    };
  }
  const object = value as Record<string, unknown>;
  const unknown = Object.keys(object).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) {
    return {
      ok: false,
      errors: unknown.map((field) =>
        inputError(field, { code: 'unknown-field', field, allowed: [...allowed] }, lang),
      ),
    };
  }
  return { ok: true, value: object };
}

/** An integer query parameter from `min` to `max`, `fallback` when absent. */
export function integerParam(
  request: FastifyRequest,
  name: string,
  range: { min: number; max: number; fallback: number },
  lang: Lang,
): { ok: true; value: number } | { ok: false; error: ApiError } {
  const text = queryValue(request, name);
  if (text === undefined) return { ok: true, value: range.fallback };
  if (!/^-?\d{1,9}$/.test(text)) {
    return {
      ok: false,
      error: inputError(
        name,
        { code: 'wrong-type', expected: ['integer'], actual: 'string' },
        lang,
      ),
    };
  }
  const value = Number(text);
  if (value < range.min || value > range.max) {
    return {
      ok: false,
      error: inputError(
        name,
        { code: 'out-of-range', min: range.min, max: range.max, actual: value },
        lang,
      ),
    };
  }
  return { ok: true, value };
}

/** A value that is none of the `allowed` ones, as an API error at `path`. */
export function notOneOf(
  path: string,
  allowed: readonly string[],
  actual: string,
  lang: Lang,
): ApiError {
  return inputError(path, { code: 'not-one-of', allowed: [...allowed], actual }, lang);
}

/**
 * {@link integerParam} for a handler that gathers every problem of its parameters: the problem
 * goes into `errors` and the fallback stands in. An empty value counts as absent.
 */
export function integerParamInto(
  request: FastifyRequest,
  name: string,
  range: { min: number; max: number; fallback: number },
  lang: Lang,
  errors: ApiError[],
): number {
  if (queryValue(request, name) === '') return range.fallback;
  const read = integerParam(request, name, range, lang);
  if (read.ok) return read.value;
  errors.push(read.error);
  return range.fallback;
}
