// Challenges and directory entries as matching reads them from the database.
import type { Queryable } from '../db/database';
import type {
  ActorKind,
  ChallengeKind,
  ChallengeStatus,
  Collaboration,
} from '../domain/directory/index';
import type { ActorFacts, CounterpartFacts, MatchReason } from '../domain/matching/index';
import type { Case, LegalForm } from '../rules/index';

/** A challenge as the matching pages show it. */
export interface MatchedChallenge {
  id: string;
  organisationId: string;
  kind: ChallengeKind;
  title: string;
  status: ChallengeStatus;
  goals: string[];
  areaCodes: string[];
  cpv: string[];
  /** the case facts the poster gave, or null */
  caseFacts: Case | null;
}

/** A directory entry as the matching pages show it. */
export interface MatchedActor {
  orgnr: string;
  name: string;
  kind: ActorKind;
  legalForm: LegalForm | null;
  registeredIdeburen: boolean | null;
  areaCodes: string[];
  goals: string[];
  cpv: string[];
}

/** A ranked match with its reasons. */
export interface Ranked<T> {
  score: number;
  reasons: MatchReason[];
  item: T;
}

/** The columns of `challenges` matching reads, for a query that names the table `c`. */
export const CHALLENGE_MATCH_COLUMNS =
  'c.id, c.organisation_id, c.kind, c.title, c.status, c.goals, c.area_codes, c.cpv, c.case_facts';

/** A row of {@link CHALLENGE_MATCH_COLUMNS}. */
export interface ChallengeMatchRow {
  id: string;
  organisation_id: string;
  kind: ChallengeKind;
  title: string;
  status: ChallengeStatus;
  goals: string[];
  area_codes: string[];
  cpv: string[];
  case_facts: Case | null;
}

/** The challenge of a row. */
export function challengeOf(row: ChallengeMatchRow): MatchedChallenge {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    kind: row.kind,
    title: row.title,
    status: row.status,
    goals: row.goals,
    areaCodes: row.area_codes,
    cpv: row.cpv,
    caseFacts: row.case_facts,
  };
}

/** The challenge `id` (a UUID, checked by the caller), or undefined. */
export async function readChallenge(
  db: Queryable,
  id: string,
): Promise<MatchedChallenge | undefined> {
  const result = await db.query<ChallengeMatchRow>(
    `SELECT ${CHALLENGE_MATCH_COLUMNS} FROM challenges c WHERE c.id = $1`,
    [id],
  );
  const row = result.rows[0];
  return row && challengeOf(row);
}

/** The columns of `actors` matching reads, for a query that names the table `a`. */
export const ACTOR_MATCH_COLUMNS =
  'a.orgnr, a.name, a.kind, a.legal_form, a.registered_ideburen, a.work_integration_main_aim, ' +
  'a.disadvantaged_staff_share::float8 AS disadvantaged_staff_share, a.area_codes, a.goals, ' +
  'a.cpv, a.collaborations';

/** A row of {@link ACTOR_MATCH_COLUMNS}. */
export interface ActorMatchRow {
  orgnr: string;
  name: string;
  kind: ActorKind;
  legal_form: LegalForm | null;
  registered_ideburen: boolean | null;
  work_integration_main_aim: boolean | null;
  disadvantaged_staff_share: number | null;
  area_codes: string[];
  goals: string[];
  cpv: string[];
  collaborations: Collaboration[];
}

/** The actor of a row, as shown. */
export function actorOf(row: ActorMatchRow): MatchedActor {
  return {
    orgnr: row.orgnr,
    name: row.name,
    kind: row.kind,
    legalForm: row.legal_form,
    registeredIdeburen: row.registered_ideburen,
    areaCodes: row.area_codes,
    goals: row.goals,
    cpv: row.cpv,
  };
}

/** The facts of a row that matching compares, with the title words found in its text. */
export function actorFactsOf(row: ActorMatchRow, titleWordsFound: readonly string[]): ActorFacts {
  return {
    goals: row.goals,
    areaCodes: row.area_codes,
    cpv: row.cpv,
    titleWordsFound,
    collaborations: Array.isArray(row.collaborations) ? row.collaborations : [],
  };
}

/** The facts of a row the engine reads as the counterpart. */
export function counterpartFactsOf(row: ActorMatchRow): CounterpartFacts {
  return {
    legalForm: row.legal_form,
    registeredIdeburen: row.registered_ideburen,
    workIntegrationMainAim: row.work_integration_main_aim,
    disadvantagedStaffShare:
      row.disadvantaged_staff_share === null ? null : Number(row.disadvantaged_staff_share),
  };
}
