// Problems of the directory's and the board's input as API errors: the field, the problem's
// code and its words in the request's language.
import {
  directoryProblemText,
  type DirectoryFieldProblem,
  type DirectoryProblem,
} from '../domain/directory/index';
import type { Lang } from '../engine/index';
import type { ApiError } from './api-errors';

/** One problem at `path`. */
export function directoryError(path: string, problem: DirectoryProblem, lang: Lang): ApiError {
  return { path, code: problem.code, message: directoryProblemText(problem, lang) };
}

/** Every problem of a checked input, each at its field. */
export function directoryFieldErrors(
  problems: readonly DirectoryFieldProblem[],
  lang: Lang,
): ApiError[] {
  return problems.map((p) => directoryError(p.field, p.problem, lang));
}
