// The worked examples as the interview carries them: a permalink with every fact the case gives,
// "Yes" to having an organisation in mind when the case names one, and the user's goal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Case } from '../rules';
import { casePermalink, goalOf } from '../test-support/interview-case';

const ROOT = join(import.meta.dirname, '..', '..');

/** The examples every memo test renders, by the file they are read from. */
export const MEMO_EXAMPLES = {
  elderlyCare: 'examples/elderly-care-reserved-ideburen-2023.json',
  directAwardJanuary2022: 'spec/examples/02-direct-award-january-2022.json',
} as const;

/** A case file: the plain examples hold a case, the contract's examples wrap one in `case`. */
export function exampleCase(file: string): Case {
  const json = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Case | { case: Case };
  return 'case' in json ? json.case : json;
}

/** The permalink's parameters of a case, with `extra` answers set over them. */
export function memoPermalink(c: Case, extra: Record<string, string> = {}): URLSearchParams {
  const { params } = casePermalink(c);
  params.set('goal', goalOf(c));
  if (c.counterpart !== null && c.counterpart !== undefined) params.set('counterpart', 'true');
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params;
}
