// A small directory and board for the matching tests, written with plain INSERTs: a municipality's
// challenges about loneliness among older people and about laundry with work integration, and
// organisations that fit them in different ways (or not at all).
import type { Queryable } from '../db/database';
import type { Collaboration } from '../domain/directory/index';
import { areaIndex } from '../domain/directory/index';
import { luhnCheckDigit } from '../domain/orgnr/index';
import type { Case, LegalForm } from '../rules/index';

const NOW = '2026-03-02T10:00:00Z';

/** The organisation number with check digit for nine digits. */
export function fixtureOrgnr(body: string): string {
  return `${body}${luhnCheckDigit(body)}`;
}

/** The ids of the seeded rows. */
export const MATCHING_FIXTURE = {
  municipality: '00000000-0000-4000-8000-000000000001',
  otherOrganisation: '00000000-0000-4000-8000-000000000002',
  /** "Ensamhet bland äldre", Malmö, goals äldre and minskat utanförskap, CPV äldreomsorg */
  loneliness: '00000000-0000-4000-8000-00000000c001',
  /** "Tvätt för regionen", Skåne län, work and employment, laundry CPV, with case facts */
  laundry: '00000000-0000-4000-8000-00000000c002',
  /** finished: not among the challenges found for an actor unless asked for */
  finished: '00000000-0000-4000-8000-00000000c003',
  actors: {
    aldrekraft: fixtureOrgnr('802100001'),
    traffpunkter: fixtureOrgnr('802100002'),
    riksforbundet: fixtureOrgnr('802100003'),
    lundsGrannar: fixtureOrgnr('802100004'),
    tvatteriet: fixtureOrgnr('802100005'),
    tvattstugan: fixtureOrgnr('802100006'),
    suggested: fixtureOrgnr('802100007'),
    alfaFirst: fixtureOrgnr('802100008'),
    alfaSecond: fixtureOrgnr('802100009'),
    klimat: fixtureOrgnr('802100010'),
  },
} as const;

/** The case facts of the laundry challenge: the engine's own example of a work-integration reservation. */
export const LAUNDRY_CASE: Case = {
  startDate: '2026-09-01',
  buyer: { kind: 'region' },
  subject: { type: 'services', cpv: ['98310000-9'] },
  estimatedValueSek: 1_200_000,
  durationMonths: 24,
};

interface FixtureActor {
  orgnr: string;
  name: string;
  listed?: boolean;
  legalForm?: LegalForm | null;
  registered?: boolean | null;
  mainAim?: boolean | null;
  share?: number | null;
  areas: string[];
  goals: string[];
  cpv?: string[];
  description?: string;
  collaborations?: Collaboration[];
}

const A = MATCHING_FIXTURE.actors;

/** The actors of the fixture. */
export const FIXTURE_ACTORS: readonly FixtureActor[] = [
  {
    orgnr: A.aldrekraft,
    name: 'Äldrekraft Malmö',
    legalForm: 'ideell-forening',
    registered: true,
    areas: ['1280'],
    goals: ['aldre', 'sdg-3'],
    cpv: ['85311100-3'],
    description: 'Vi bryter ensamheten för äldre i Malmö med besök och samtal.',
    collaborations: [
      {
        title: 'Träffpunkt för äldre',
        partner: 'Lunds kommun',
        year: 2023,
        form: 'iop',
        goals: ['aldre'],
        description: '',
      },
    ],
  },
  {
    orgnr: A.traffpunkter,
    name: 'Skånes Träffpunkter',
    legalForm: 'ekonomisk-forening',
    areas: ['12'],
    goals: ['minskat-utanforskap'],
    description: 'Mötesplatser mot ensamhet i hela Skåne.',
  },
  {
    orgnr: A.riksforbundet,
    name: 'Riksförbundet Gemenskap',
    legalForm: 'stiftelse',
    registered: false,
    areas: ['SE'],
    goals: ['sdg-10'],
  },
  {
    orgnr: A.lundsGrannar,
    name: 'Lunds Grannar',
    legalForm: 'ideell-forening',
    areas: ['1281'],
    goals: ['aldre'],
  },
  {
    orgnr: A.tvatteriet,
    name: 'Tvätteriet Arbete',
    legalForm: 'ekonomisk-forening',
    mainAim: true,
    share: 0.35,
    areas: ['1280'],
    goals: ['arbete-och-sysselsattning'],
    cpv: ['98310000-9'],
  },
  {
    orgnr: A.tvattstugan,
    name: 'Tvättstugan Steg',
    legalForm: 'ekonomisk-forening',
    mainAim: true,
    share: 0.2,
    areas: ['1281'],
    goals: ['arbete-och-sysselsattning'],
    cpv: ['98310000-9'],
  },
  {
    orgnr: A.suggested,
    name: 'Föreslagen Förening',
    listed: false,
    areas: ['1280'],
    goals: ['aldre'],
  },
  { orgnr: A.alfaSecond, name: 'alfa Omsorg', areas: ['1280'], goals: ['aldre'] },
  { orgnr: A.alfaFirst, name: 'Alfa omsorg', areas: ['1280'], goals: ['aldre'] },
  {
    orgnr: A.klimat,
    name: 'Klimatgruppen Malmö',
    areas: ['1280'],
    goals: ['klimat-och-miljo'],
    description: 'Cykelkök och odling.',
  },
];

/** Writes the fixture into a migrated database. */
export async function seedMatchingFixture(db: Queryable): Promise<void> {
  const F = MATCHING_FIXTURE;
  await db.query(
    `INSERT INTO organisations (id, name, orgnr, kind, created_at) VALUES
     ($1, 'Malmö stad', $2, 'public-body', $4), ($3, 'Tvätteriet Arbete', $5, 'social-enterprise', $4)`,
    [F.municipality, fixtureOrgnr('212000112'), F.otherOrganisation, NOW, A.tvatteriet],
  );
  for (const [i, a] of FIXTURE_ACTORS.entries()) {
    await db.query(
      `INSERT INTO actors (id, orgnr, name, kind, legal_form, organisation_id, source, listed,
         registered_ideburen, work_integration_main_aim, disadvantaged_staff_share, area_codes,
         area_index, goals, cpv, description, collaborations, created_at, updated_at)
       VALUES ($1, $2, $3, 'ideburen', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17)`,
      [
        `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
        a.orgnr,
        a.name,
        a.legalForm ?? null,
        a.orgnr === A.tvatteriet ? F.otherOrganisation : null,
        a.listed === false ? 'suggestion' : 'import',
        a.listed !== false,
        a.registered ?? null,
        a.mainAim ?? null,
        a.share ?? null,
        a.areas,
        areaIndex(a.areas),
        a.goals,
        a.cpv ?? [],
        a.description ?? '',
        JSON.stringify(a.collaborations ?? []),
        NOW,
      ],
    );
  }
  const challenge = `INSERT INTO challenges (id, organisation_id, kind, title, description, goals,
      area_codes, area_index, cpv, status, case_facts, created_at, updated_at)
    VALUES ($1, $2, 'challenge', $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)`;
  const rows: [string, string, string[], string[], string[], string, Case | null][] = [
    [
      F.loneliness,
      'Ensamhet bland äldre',
      ['aldre', 'minskat-utanforskap'],
      ['1280'],
      ['85311100-3'],
      'dialog',
      null,
    ],
    [
      F.laundry,
      'Tvätt för regionen',
      ['arbete-och-sysselsattning'],
      ['12'],
      ['98310000-9'],
      'upphandling-partnerskap',
      LAUNDRY_CASE,
    ],
    [F.finished, 'Äldre i Malmö förr', ['aldre'], ['1280'], [], 'avslutad', null],
  ];
  for (const [id, title, goals, areas, cpv, status, facts] of rows) {
    await db.query(challenge, [
      id,
      F.municipality,
      title,
      `${title}: en beskrivning.`,
      goals,
      areas,
      areaIndex(areas),
      cpv,
      status,
      facts === null ? null : JSON.stringify(facts),
      NOW,
    ]);
  }
}
