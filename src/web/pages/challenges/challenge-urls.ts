// The board's addresses, in one place for the routes, the links, the mail and the tests.
import type { Lang } from '../../../engine/index';
import { pathInLang } from '../../request-lang';

/** Paths of the board's pages. */
export const CHALLENGE_PATHS = {
  board: '/utmaningar',
  newChallenge: '/utmaningar/ny',
  inbox: '/organisation/intressen',
} as const;

/** The page of a challenge. */
export function challengePath(id: string): string {
  return `${CHALLENGE_PATHS.board}/${id}`;
}

/** The edit form of a challenge. */
export function challengeEditPath(id: string): string {
  return `${challengePath(id)}/andra`;
}

/** Where interest is registered. */
export function interestPath(id: string): string {
  return `${challengePath(id)}/intresse`;
}

/** The conversation of an interest. */
export function conversationPath(challengeId: string, interestId: string): string {
  return `${challengePath(challengeId)}/intressen/${interestId}`;
}

/** Where the poster writes first to an organisation that fits (the orgnr goes in the query). */
export function contactPath(id: string): string {
  return `${challengePath(id)}/kontakta`;
}

/** The organisations that fit a challenge (the matching pages). */
export function challengeMatchesPath(id: string): string {
  return `${challengePath(id)}/matchningar`;
}

/** `path` in `lang`. */
export function challengeHref(path: string, lang: Lang): string {
  return pathInLang(path, lang);
}
