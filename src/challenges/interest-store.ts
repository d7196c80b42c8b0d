// Interest in a challenge and the conversation that follows. A conversation belongs to two
// organisations only: the poster's and the interested one. Every read here takes the reading
// organisation and answers undefined for anyone else, exactly as for an interest that does not
// exist, so that a third party cannot even learn that a conversation is there.
import { appendAudit, isUuid, newId, type AuditActor } from '../accounts/index';
import type { Database, Queryable } from '../db/database';
import type {
  ChallengeRecord,
  Conversation,
  ConversationMessage,
  InterestSummary,
} from './challenge-records';
import { findChallenge } from './challenge-store';

/** What the other side is told about: a new interest or a new message in a conversation. */
export interface InterestNotice {
  /** `contact`: the poster opened the conversation with an organisation that fits */
  kind: 'interest' | 'message' | 'contact';
  interestId: string;
  challengeId: string;
  challengeTitle: string;
  /** the side that wrote */
  fromOrganisationId: string;
  fromOrganisationName: string;
  /** the side that is told */
  toOrganisationId: string;
  /** the member who wrote, who is never told of their own message */
  authorUserId: string | null;
}

const SUMMARY = `SELECT i.id, i.challenge_id, c.title AS challenge_title,
         c.organisation_id AS poster_id, po.name AS poster_name,
         i.organisation_id AS interested_id, io.name AS interested_name, i.created_at,
         coalesce(m.last_at, i.created_at) AS last_at, coalesce(m.n, 0) AS n,
         (SELECT f.from_organisation_id = c.organisation_id FROM challenge_messages f
           WHERE f.interest_id = i.id ORDER BY f.seq LIMIT 1) AS poster_began
    FROM challenge_interests i
    JOIN challenges c ON c.id = i.challenge_id
    JOIN organisations po ON po.id = c.organisation_id
    JOIN organisations io ON io.id = i.organisation_id
    LEFT JOIN LATERAL (SELECT max(created_at) AS last_at, count(*)::int AS n
                         FROM challenge_messages WHERE interest_id = i.id) m ON true`;

interface SummaryRow {
  id: string;
  challenge_id: string;
  challenge_title: string;
  poster_id: string;
  poster_name: string;
  interested_id: string;
  interested_name: string;
  created_at: Date;
  last_at: Date;
  n: number;
  poster_began: boolean | null;
}

function toSummary(r: SummaryRow): InterestSummary {
  return {
    id: r.id,
    challengeId: r.challenge_id,
    challengeTitle: r.challenge_title,
    posterOrganisationId: r.poster_id,
    posterOrganisationName: r.poster_name,
    startedBy: r.poster_began === true ? 'poster' : 'interested',
    interestedOrganisationId: r.interested_id,
    interestedOrganisationName: r.interested_name,
    createdAt: r.created_at,
    lastActivityAt: r.last_at,
    messageCount: Number(r.n),
  };
}

function userIdOf(actor: AuditActor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}

/** What registering interest did. */
export type RegisterInterestResult =
  | {
      ok: true;
      interestId: string;
      /** false when the organisation had registered interest before: the message was added */
      created: boolean;
      messageId: string;
      notice: InterestNotice;
    }
  | { ok: false; reason: 'not-found' }
  /** an organisation does not register interest in its own post */
  | { ok: false; reason: 'own-challenge' }
  /** the challenge is closed (avslutad) */
  | { ok: false; reason: 'closed' };

/**
 * Registers the organisation's interest in a challenge with a first message, or, when it has
 * registered interest before, adds the message to that conversation (one conversation per
 * organisation and challenge). Written with its audit entries in one transaction.
 */
export async function registerInterest(
  db: Database,
  input: {
    challengeId: string;
    organisation: { id: string; name: string };
    message: string;
    actor: AuditActor;
    now: Date;
  },
): Promise<RegisterInterestResult> {
  return db.transaction(async (tx): Promise<RegisterInterestResult> => {
    // The row is locked against a change (which locks it for update) until the interest is
    // written, so that a challenge closed meanwhile takes no new interest.
    if (isUuid(input.challengeId)) {
      await tx.query('SELECT 1 FROM challenges WHERE id = $1 FOR SHARE', [input.challengeId]);
    }
    const challenge = await findChallenge(tx, input.challengeId);
    if (!challenge) return { ok: false, reason: 'not-found' };
    if (challenge.organisationId === input.organisation.id) {
      return { ok: false, reason: 'own-challenge' };
    }
    if (challenge.status === 'avslutad') return { ok: false, reason: 'closed' };
    // Two registrations racing meet at the unique key: the second finds the first's row.
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO challenge_interests (id, challenge_id, organisation_id, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (challenge_id, organisation_id) DO NOTHING
       RETURNING id`,
      [newId(), challenge.id, input.organisation.id, userIdOf(input.actor), input.now],
    );
    let interestId = inserted.rows[0]?.id;
    const created = interestId !== undefined;
    if (interestId === undefined) {
      const existing = await tx.query<{ id: string }>(
        `SELECT id FROM challenge_interests WHERE challenge_id = $1 AND organisation_id = $2`,
        [challenge.id, input.organisation.id],
      );
      interestId = existing.rows[0]?.id;
      if (interestId === undefined) throw new Error('interest vanished during registration');
    }
    const messageId = await insertMessage(tx, interestId, input.organisation.id, input);
    // Both sides' logs record it: each organisation reads only its own audit log.
    for (const organisationId of [input.organisation.id, challenge.organisationId]) {
      await appendAudit(tx, {
        organisationId,
        actor: input.actor,
        action: created ? 'interest.registered' : 'interest.message-sent',
        subjectType: 'interest',
        subjectId: interestId,
        detail: { challengeId: challenge.id, messageId, from: input.organisation.id },
        at: input.now,
      });
    }
    return {
      ok: true,
      interestId,
      created,
      messageId,
      notice: {
        kind: created ? 'interest' : 'message',
        interestId,
        challengeId: challenge.id,
        challengeTitle: challenge.title,
        fromOrganisationId: input.organisation.id,
        fromOrganisationName: input.organisation.name,
        toOrganisationId: challenge.organisationId,
        authorUserId: userIdOf(input.actor),
      },
    };
  });
}

async function insertMessage(
  tx: Queryable,
  interestId: string,
  fromOrganisationId: string,
  input: { message: string; actor: AuditActor; now: Date },
): Promise<string> {
  const id = newId();
  await tx.query(
    `INSERT INTO challenge_messages (id, interest_id, from_organisation_id, author_id, body, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, interestId, fromOrganisationId, userIdOf(input.actor), input.message, input.now],
  );
  return id;
}

/** What writing to a matched organisation did. */
export type ContactActorResult =
  | {
      ok: true;
      interestId: string;
      /** false when the two already had a conversation about the challenge: the message was added */
      created: boolean;
      messageId: string;
      notice: InterestNotice;
    }
  /** no such challenge, not the poster's, or no listed entry with that orgnr */
  | { ok: false; reason: 'not-found' }
  /** the entry is not kept by an organisation in samverka: there is nobody here to write to */
  | { ok: false; reason: 'not-claimed' }
  /** the entry is the poster's own organisation */
  | { ok: false; reason: 'own-organisation' }
  /** the challenge is closed (avslutad) */
  | { ok: false; reason: 'closed' };

/**
 * The poster writes first: opens the conversation between a challenge and the organisation that
 * keeps the directory entry `actorOrgnr`, with the poster's message, or adds the message to the
 * conversation the two already have (one per organisation and challenge, whoever began it).
 * The conversation is the same as one begun by registering interest, so the organisation finds
 * it among its own and answers it there. Written with its audit entries in one transaction.
 */
export async function contactActor(
  db: Database,
  input: {
    challengeId: string;
    posterOrganisationId: string;
    actorOrgnr: string;
    message: string;
    actor: AuditActor;
    now: Date;
  },
): Promise<ContactActorResult> {
  return db.transaction(async (tx): Promise<ContactActorResult> => {
    if (!isUuid(input.challengeId) || !isUuid(input.posterOrganisationId)) {
      return { ok: false, reason: 'not-found' };
    }
    // Locked as registerInterest locks it: a challenge closed meanwhile takes no new message.
    await tx.query('SELECT 1 FROM challenges WHERE id = $1 FOR SHARE', [input.challengeId]);
    const challenge = await findChallenge(tx, input.challengeId);
    if (!challenge || challenge.organisationId !== input.posterOrganisationId) {
      return { ok: false, reason: 'not-found' };
    }
    if (!/^\d{10}$/.test(input.actorOrgnr)) return { ok: false, reason: 'not-found' };
    // Only listed entries: an unlisted suggestion is nobody's to write to yet.
    const found = await tx.query<{ organisation_id: string | null }>(
      'SELECT organisation_id FROM actors WHERE orgnr = $1 AND listed',
      [input.actorOrgnr],
    );
    const row = found.rows[0];
    if (!row) return { ok: false, reason: 'not-found' };
    const actorOrganisationId = row.organisation_id;
    if (actorOrganisationId === null) return { ok: false, reason: 'not-claimed' };
    if (actorOrganisationId === challenge.organisationId) {
      return { ok: false, reason: 'own-organisation' };
    }
    if (challenge.status === 'avslutad') return { ok: false, reason: 'closed' };
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO challenge_interests (id, challenge_id, organisation_id, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (challenge_id, organisation_id) DO NOTHING
       RETURNING id`,
      [newId(), challenge.id, actorOrganisationId, userIdOf(input.actor), input.now],
    );
    let interestId = inserted.rows[0]?.id;
    const created = interestId !== undefined;
    if (interestId === undefined) {
      const existing = await tx.query<{ id: string }>(
        `SELECT id FROM challenge_interests WHERE challenge_id = $1 AND organisation_id = $2`,
        [challenge.id, actorOrganisationId],
      );
      interestId = existing.rows[0]?.id;
      if (interestId === undefined) throw new Error('interest vanished during contact');
    }
    const messageId = await insertMessage(tx, interestId, challenge.organisationId, input);
    for (const organisationId of [challenge.organisationId, actorOrganisationId]) {
      await appendAudit(tx, {
        organisationId,
        actor: input.actor,
        action: created ? 'interest.contacted' : 'interest.message-sent',
        subjectType: 'interest',
        subjectId: interestId,
        detail: {
          challengeId: challenge.id,
          messageId,
          from: challenge.organisationId,
          orgnr: input.actorOrgnr,
        },
        at: input.now,
      });
    }
    return {
      ok: true,
      interestId,
      created,
      messageId,
      notice: {
        kind: created ? 'contact' : 'message',
        interestId,
        challengeId: challenge.id,
        challengeTitle: challenge.title,
        fromOrganisationId: challenge.organisationId,
        fromOrganisationName: challenge.organisationName,
        toOrganisationId: actorOrganisationId,
        authorUserId: userIdOf(input.actor),
      },
    };
  });
}

/** Of these orgnrs, the listed entries kept by an organisation in samverka: those one can write to. */
export async function claimedOrgnrs(
  db: Queryable,
  orgnrs: readonly string[],
): Promise<Set<string>> {
  const wanted = orgnrs.filter((o) => /^\d{10}$/.test(o));
  if (wanted.length === 0) return new Set();
  const { rows } = await db.query<{ orgnr: string }>(
    `SELECT orgnr FROM actors
      WHERE orgnr = ANY($1::text[]) AND listed AND organisation_id IS NOT NULL`,
    [wanted],
  );
  return new Set(rows.map((r) => r.orgnr));
}

/** The interest `interestId` if `organisationId` is one of its two parties. */
async function findInterestFor(
  db: Queryable,
  interestId: string,
  organisationId: string,
): Promise<InterestSummary | undefined> {
  if (!isUuid(interestId) || !isUuid(organisationId)) return undefined;
  const { rows } = await db.query<SummaryRow>(
    `${SUMMARY} WHERE i.id = $1 AND (i.organisation_id = $2 OR c.organisation_id = $2)`,
    [interestId, organisationId],
  );
  return rows[0] && toSummary(rows[0]);
}

/** What sending a message did. */
export type SendMessageResult =
  | { ok: true; messageId: string; notice: InterestNotice }
  /** no such conversation, or the organisation is not one of its parties */
  | { ok: false; reason: 'not-found' };

/** Adds a message from one of the two parties to a conversation, with its audit entries. */
export async function sendMessage(
  db: Database,
  input: {
    interestId: string;
    organisationId: string;
    body: string;
    actor: AuditActor;
    now: Date;
  },
): Promise<SendMessageResult> {
  return db.transaction(async (tx): Promise<SendMessageResult> => {
    const interest = await findInterestFor(tx, input.interestId, input.organisationId);
    if (!interest) return { ok: false, reason: 'not-found' };
    const poster = interest.posterOrganisationId === input.organisationId;
    const messageId = await insertMessage(tx, interest.id, input.organisationId, {
      message: input.body,
      actor: input.actor,
      now: input.now,
    });
    for (const organisationId of [
      interest.posterOrganisationId,
      interest.interestedOrganisationId,
    ]) {
      await appendAudit(tx, {
        organisationId,
        actor: input.actor,
        action: 'interest.message-sent',
        subjectType: 'interest',
        subjectId: interest.id,
        detail: { challengeId: interest.challengeId, messageId, from: input.organisationId },
        at: input.now,
      });
    }
    return {
      ok: true,
      messageId,
      notice: {
        kind: 'message',
        interestId: interest.id,
        challengeId: interest.challengeId,
        challengeTitle: interest.challengeTitle,
        fromOrganisationId: input.organisationId,
        fromOrganisationName: poster
          ? interest.posterOrganisationName
          : interest.interestedOrganisationName,
        toOrganisationId: poster
          ? interest.interestedOrganisationId
          : interest.posterOrganisationId,
        authorUserId: userIdOf(input.actor),
      },
    };
  });
}

/**
 * The interest registered in a challenge, newest activity first, for the poster's organisation
 * only; undefined for anyone else and for a challenge that does not exist.
 */
export async function listInterestsOfChallenge(
  db: Queryable,
  input: { challengeId: string; organisationId: string },
): Promise<InterestSummary[] | undefined> {
  const challenge = await findChallenge(db, input.challengeId);
  if (!challenge || challenge.organisationId !== input.organisationId) return undefined;
  const { rows } = await db.query<SummaryRow>(
    `${SUMMARY} WHERE i.challenge_id = $1 ORDER BY last_at DESC, i.id`,
    [challenge.id],
  );
  return rows.map(toSummary);
}

/** The organisation's own interest in a challenge, if it registered one. */
export async function findInterestOfOrganisation(
  db: Queryable,
  input: { challengeId: string; organisationId: string },
): Promise<InterestSummary | undefined> {
  if (!isUuid(input.challengeId) || !isUuid(input.organisationId)) return undefined;
  const { rows } = await db.query<SummaryRow>(
    `${SUMMARY} WHERE i.challenge_id = $1 AND i.organisation_id = $2`,
    [input.challengeId, input.organisationId],
  );
  return rows[0] && toSummary(rows[0]);
}

/** A conversation with its messages, for one of its two parties; undefined for anyone else. */
export async function findConversation(
  db: Queryable,
  input: { interestId: string; organisationId: string },
): Promise<Conversation | undefined> {
  const interest = await findInterestFor(db, input.interestId, input.organisationId);
  if (!interest) return undefined;
  const challenge: ChallengeRecord | undefined = await findChallenge(db, interest.challengeId);
  if (!challenge) return undefined;
  const { rows } = await db.query<{
    id: string;
    from_organisation_id: string;
    from_name: string;
    author_name: string | null;
    body: string;
    created_at: Date;
  }>(
    `SELECT m.id, m.from_organisation_id, o.name AS from_name, u.name AS author_name, m.body,
            m.created_at
       FROM challenge_messages m
       JOIN organisations o ON o.id = m.from_organisation_id
       LEFT JOIN users u ON u.id = m.author_id
      WHERE m.interest_id = $1
      ORDER BY m.seq`,
    [interest.id],
  );
  const messages: ConversationMessage[] = rows.map((r) => ({
    id: r.id,
    fromOrganisationId: r.from_organisation_id,
    fromOrganisationName: r.from_name,
    authorName: r.author_name,
    body: r.body,
    createdAt: r.created_at,
  }));
  return { interest, challenge, messages };
}

/** Every conversation the organisation is a party to, on either side, newest activity first. */
export async function listConversationsOfOrganisation(
  db: Queryable,
  organisationId: string,
): Promise<InterestSummary[]> {
  if (!isUuid(organisationId)) return [];
  const { rows } = await db.query<SummaryRow>(
    `${SUMMARY} WHERE i.organisation_id = $1 OR c.organisation_id = $1
      ORDER BY last_at DESC, i.id`,
    [organisationId],
  );
  return rows.map(toSummary);
}

/** Someone to tell of a new interest or message, in their own language. */
export interface NotificationRecipient {
  userId: string;
  email: string;
  name: string;
  lang: 'sv' | 'en';
}

/**
 * The owners and editors of an organisation, the members who answer in its conversations;
 * `exceptUserId` (the writer, should they belong to both sides) is left out.
 */
export async function listNotificationRecipients(
  db: Queryable,
  organisationId: string,
  exceptUserId: string | null,
): Promise<NotificationRecipient[]> {
  const { rows } = await db.query<{ id: string; email: string; name: string; lang: 'sv' | 'en' }>(
    `SELECT u.id, u.email, u.name, u.lang
       FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.organisation_id = $1 AND m.role IN ('owner', 'editor')
        AND ($2::uuid IS NULL OR u.id <> $2::uuid)
      ORDER BY u.id`,
    [organisationId, exceptUserId],
  );
  return rows.map((r) => ({ userId: r.id, email: r.email, name: r.name, lang: r.lang }));
}
