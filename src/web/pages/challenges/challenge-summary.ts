// The facts of a post in words, shared by the board and a post's page: kind, status, goals,
// area, timeline and budget.
import type { ChallengeRecord } from '../../../challenges/index';
import {
  areaName,
  directoryTexts,
  goalName,
  type ChallengeInput,
} from '../../../domain/directory/index';
import type { Lang } from '../../../engine/index';
import { formatSek } from '../../../rules/index';
import { challengesMessages } from '../../locales/challenges-messages';

/** The goals of a post, named, or a line saying there are none. */
export function goalsText(goals: readonly string[], lang: Lang): string {
  if (goals.length === 0) return challengesMessages(lang).board.noGoals;
  return goals.map((g) => goalName(g, lang)).join(', ');
}

/** The areas of a post, named with their codes. */
export function areasText(codes: readonly string[], lang: Lang): string {
  if (codes.length === 0) return challengesMessages(lang).board.noArea;
  return codes.map((c) => areaName(c, lang)).join(', ');
}

/** From when to when, as far as it is given. */
export function timelineText(
  input: Pick<ChallengeInput, 'startsOn' | 'endsOn'>,
  lang: Lang,
): string {
  const t = challengesMessages(lang).board;
  if (input.startsOn !== null && input.endsOn !== null) {
    return t.between(input.startsOn, input.endsOn);
  }
  if (input.startsOn !== null) return t.from(input.startsOn);
  if (input.endsOn !== null) return t.until(input.endsOn);
  return t.noTimeline;
}

/** The estimated budget in kronor, or a line saying there is none. */
export function budgetText(budgetSek: number | null, lang: Lang): string {
  return budgetSek === null ? challengesMessages(lang).board.noBudget : formatSek(budgetSek, lang);
}

/** The status of a post in words. */
export function statusText(challenge: Pick<ChallengeRecord, 'status'>, lang: Lang): string {
  return directoryTexts(lang).statuses[challenge.status];
}

/** The first line of a description, at most `max` characters. */
export function firstLine(description: string, max = 200): string {
  const line =
    description
      .split(/\r?\n/)
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  const chars = [...line];
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join('')}…`;
}
