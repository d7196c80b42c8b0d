// A challenge or an initiative as read from the database, and the interest registered in it with
// its conversation.
import type { ChallengeInput, ChallengeKind } from '../domain/directory/index';
import type { Case } from '../rules';

/** A post on the board, with who posted it. */
export interface ChallengeRecord extends ChallengeInput {
  id: string;
  /** the poster's organisation */
  organisationId: string;
  organisationName: string;
  /** `challenge` when a public body posted it, `initiative` otherwise */
  kind: ChallengeKind;
  /** the facts of a case the poster gave, for the engine to assess; null when none */
  caseFacts: Case | null;
  createdAt: Date;
  updatedAt: Date;
  /** raised by every change; a change names the version it started from */
  version: number;
}

/** One organisation's interest in a challenge: the conversation between the two sides. */
export interface InterestSummary {
  id: string;
  challengeId: string;
  challengeTitle: string;
  /** the poster's organisation */
  posterOrganisationId: string;
  posterOrganisationName: string;
  /**
   * who wrote first: the interested organisation registering interest, or the poster writing to
   * an organisation that fits
   */
  startedBy: 'poster' | 'interested';
  /** the organisation that registered the interest, or that the poster wrote to */
  interestedOrganisationId: string;
  interestedOrganisationName: string;
  createdAt: Date;
  /** the time of the newest message (the registration's own message at least) */
  lastActivityAt: Date;
  messageCount: number;
}

/** One message of a conversation. */
export interface ConversationMessage {
  id: string;
  /** which side wrote it */
  fromOrganisationId: string;
  fromOrganisationName: string;
  /** the member who wrote it; null when written through an API token or the account is gone */
  authorName: string | null;
  body: string;
  createdAt: Date;
}

/** A conversation with its challenge and its messages, oldest first. */
export interface Conversation {
  interest: InterestSummary;
  challenge: ChallengeRecord;
  messages: ConversationMessage[];
}

/** The side of a conversation an organisation is on. */
export type ConversationSide = 'poster' | 'interested';

/** The side `organisationId` is on in `interest`, or undefined when it is neither party. */
export function sideOf(
  interest: InterestSummary,
  organisationId: string,
): ConversationSide | undefined {
  if (interest.posterOrganisationId === organisationId) return 'poster';
  if (interest.interestedOrganisationId === organisationId) return 'interested';
  return undefined;
}

/** The longest message, as the database checks it. */
export const MESSAGE_MAX_LENGTH = 5000;
