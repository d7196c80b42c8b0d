// The memo of one worked example, in one language, as the tests render it.
import type { Lang } from '../engine';
import { interviewResult, type InterviewResult } from '../domain/interview';
import { exampleCase, memoPermalink } from './memo-cases.fixture';
import type { MemoDocument } from './memo-document';
import { memoFromResult } from './memo-from-result';

/** The day the tests' memos are produced. */
export const PRODUCED_ON = '2026-11-27';

/** The interview result and the memo of the example in `file`. */
export function exampleMemo(
  file: string,
  lang: Lang,
  extra: Record<string, string> = {},
): { result: InterviewResult; memo: MemoDocument } {
  const read = interviewResult(memoPermalink(exampleCase(file), extra), lang, PRODUCED_ON);
  if (!read.ok) throw new Error(`${file}: ${JSON.stringify(read.errors)}`);
  const memo = memoFromResult(read.result, {
    lang,
    producedOn: PRODUCED_ON,
    permalink: 'https://samverka.example/vagledning/resultat?startDate=2023-03-01',
  });
  return { result: read.result, memo };
}
