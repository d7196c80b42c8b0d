/**
 * The words of the directory's codes in Swedish and English: goal and theme names, the statuses
 * of a challenge, and what is wrong with a field.
 */
import type { Lang } from '../../engine/index';
import { sdgGoals } from '../../reference/index';
import type { DirectoryProblem } from './actor-input';
import type { ChallengeStatus, ThemeId } from './directory-codes';
import { directoryTextsEn } from './locales/en';
import { directoryTextsSv } from './locales/sv';

/** The texts of one language. */
export interface DirectoryTexts {
  wholeCountry: string;
  sdgGoal: (goal: number, name: string) => string;
  themes: Record<ThemeId, string>;
  statuses: Record<ChallengeStatus, string>;
  problems: {
    [C in DirectoryProblem['code']]: (p: Extract<DirectoryProblem, { code: C }>) => string;
  };
}

/** The directory's texts in `lang`. */
export function directoryTexts(lang: Lang): DirectoryTexts {
  return lang === 'sv' ? directoryTextsSv : directoryTextsEn;
}

/** The name of a goal id in `lang`: "Mål 3: Hälsa och välbefinnande", or the theme's name. */
export function goalName(goalId: string, lang: Lang): string {
  const sdg = /^sdg-(\d+)$/.exec(goalId);
  if (sdg) {
    const goal = sdgGoals().find((g) => g.goal === Number(sdg[1]));
    if (!goal) return goalId;
    return directoryTexts(lang).sdgGoal(goal.goal, lang === 'sv' ? goal.nameSv : goal.nameEn);
  }
  return (directoryTexts(lang).themes as Record<string, string>)[goalId] ?? goalId;
}

/** A field problem in words, in `lang`. */
export function directoryProblemText(problem: DirectoryProblem, lang: Lang): string {
  const describe = directoryTexts(lang).problems[problem.code] as (p: DirectoryProblem) => string;
  return describe(problem);
}
