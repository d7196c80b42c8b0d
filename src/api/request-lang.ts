import type { FastifyRequest } from 'fastify';
import { describeProblem } from '../domain/case-input';
import { isLang, LANGS, type Lang } from '../engine';
import type { ApiError } from './api-errors';

/** The language of a request: `?lang=`, else the best of Accept-Language, else Swedish. */
export function requestLang(request: FastifyRequest): Lang {
  const query = queryValue(request, 'lang');
  if (isLang(query)) return query;
  return acceptLanguage(request.headers['accept-language']) ?? 'sv';
}

/** An error for a `?lang=` that names no language samverka speaks, or undefined. */
export function langProblem(request: FastifyRequest, lang: Lang): ApiError | undefined {
  const query = queryValue(request, 'lang');
  if (query === undefined || isLang(query)) return undefined;
  const problem = { code: 'not-one-of' as const, allowed: [...LANGS], actual: query };
  return { path: 'lang', code: problem.code, message: describeProblem(problem, lang) };
}

/** A query parameter as one string (the first, when repeated). */
export function queryValue(request: FastifyRequest, name: string): string | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

/** The supported language the client prefers most, from an Accept-Language header. */
export function acceptLanguage(header: string | undefined): Lang | undefined {
  if (header === undefined) return undefined;
  let best: { lang: Lang; q: number } | undefined;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (!isLang(primary)) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (Number.isFinite(q) && q > 0 && (best === undefined || q > best.q))
      best = { lang: primary, q };
  }
  return best?.lang;
}
