// Synthetic national data for the directory bench: a civil society of about 263 000 organisations,
// some 1 200 public bodies and 5 000 challenges, shaped like Sweden's. The same seed always gives
// the same data (a seeded generator, never Math.random), so runs are comparable.
import { areaIndex, COUNTRY_CODE, GOAL_IDS } from '../domain/directory/index';
import { luhnCheckDigit } from '../domain/orgnr/index';
import { countyList, cpvEntries, municipalityList } from '../reference/index';
import type { Municipality } from '../reference/index';
import { FORM_IDS, type Case, type FormId, type LegalForm } from '../rules/index';

/** The size of the national data set. */
export const NATIONAL_COUNTS = { actors: 263_000, publicBodies: 1_200, challenges: 5_000 } as const;

/** One row of `actors`, with the columns a generated entry fills. */
export interface SyntheticActor {
  id: string;
  orgnr: string;
  name: string;
  kind: 'ideburen' | 'social-enterprise';
  legalForm: LegalForm;
  /** the member organisation that claimed it, or null */
  organisationId: string | null;
  source: 'member' | 'import' | 'suggestion';
  suggestedBy: string | null;
  listed: boolean;
  registeredIdeburen: boolean | null;
  registeredIdeburenOn: string | null;
  workIntegrationMainAim: boolean | null;
  disadvantagedStaffShare: number | null;
  areaCodes: string[];
  areaIndex: string[];
  goals: string[];
  cpv: string[];
  capacity: string;
  description: string;
  contactEmail: string;
  website: string;
  collaborations: SyntheticCollaboration[];
  lastConfirmedOn: string | null;
  createdAt: string;
}

/** A past collaboration of an entry, in the shape of the `collaborations` column. */
export interface SyntheticCollaboration {
  title: string;
  partner: string;
  year: number;
  form: FormId | null;
  goals: string[];
  description: string;
}

/** One row of `organisations`: a public body, or a member organisation that claimed its entry. */
export interface SyntheticOrganisation {
  id: string;
  name: string;
  orgnr: string;
  kind: 'public-body' | 'ideburen' | 'social-enterprise';
  legalForm: string | null;
  /** the kommun (or län, for a region) the body is in; used to place its challenges */
  homeArea: string;
}

/** One row of `challenges`. */
export interface SyntheticChallenge {
  id: string;
  organisationId: string;
  kind: 'challenge' | 'initiative';
  title: string;
  description: string;
  goals: string[];
  areaCodes: string[];
  areaIndex: string[];
  cpv: string[];
  startsOn: string | null;
  endsOn: string | null;
  budgetSek: number | null;
  status: 'ide' | 'dialog' | 'upphandling-partnerskap' | 'pagar' | 'avslutad';
  caseFacts: Case | null;
  createdAt: string;
}

/** The generated data set. */
export interface SyntheticDirectory {
  organisations: SyntheticOrganisation[];
  actors: SyntheticActor[];
  challenges: SyntheticChallenge[];
}

/** How much to generate. */
export interface SyntheticCounts {
  actors: number;
  publicBodies: number;
  challenges: number;
}

/** A seeded pseudo-random generator (mulberry32): the same seed, the same sequence. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Whether an event of probability `p` happens. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `count` different items of a list (all of them when it has fewer). */
  pickSome<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    }
    return chosen;
  }

  /** A uuid (version 4 layout) made of the generator's numbers. */
  uuid(): string {
    // Four hex digits per draw: a draw has 32 bits, fewer than a long group needs.
    const hex = (n: number) => {
      let out = '';
      while (out.length < n) out += this.int(0, 0xffff).toString(16).padStart(4, '0');
      return out.slice(0, n);
    };
    const variant = (8 + this.int(0, 3)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  }
}

/** Picks by weight, in constant time per pick after a linear setup. */
class WeightedPicker<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    private readonly items: readonly T[],
    weights: readonly number[],
  ) {
    let sum = 0;
    for (const w of weights) {
      sum += w;
      this.cumulative.push(sum);
    }
    this.total = sum;
  }

  pick(random: SeededRandom): T {
    const target = random.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

// Population (thousands, rounded, SCB 2023) of the largest kommuner; the others get a small,
// varied weight, so that the data set is as skewed towards cities as Swedish civil society is.
const LARGE_KOMMUNER: Readonly<Record<string, number>> = {
  '0180': 985,
  '1480': 600,
  '1280': 362,
  '0380': 245,
  '0580': 166,
  '1880': 158,
  '1980': 158,
  '1283': 151,
  '0581': 145,
  '0680': 144,
  '2480': 131,
  '1281': 128,
  '1490': 115,
  '0126': 115,
  '0484': 108,
  '0182': 109,
  '2180': 103,
  '1380': 105,
  '0181': 103,
  '2281': 99,
  '0127': 95,
  '0780': 97,
  '1780': 95,
};

function kommunWeight(m: Municipality, random: SeededRandom): number {
  return LARGE_KOMMUNER[m.code] ?? 6 + random.int(0, 44);
}

/** A field of work: what an organisation does, and the words, goals and services that go with it. */
interface Field {
  /** name words: the kind of organisation */
  nouns: readonly string[];
  /** what it works with, as object phrases of a description */
  work: readonly string[];
  /** for whom */
  people: readonly string[];
  goals: readonly string[];
  /** CPV prefixes of the services it may offer */
  cpvPrefixes: readonly string[];
  /** words of a challenge title in this field */
  challengeTitles: readonly string[];
}

const FIELDS: readonly Field[] = [
  {
    nouns: ['Idrottsklubb', 'Idrottsförening', 'Fotbollsklubb', 'Innebandyklubb', 'Simsällskap'],
    work: ['träningar', 'idrottsverksamhet', 'fotbollsskola', 'lovaktiviteter', 'motionslopp'],
    people: ['barn och ungdomar', 'unga tjejer', 'nyanlända familjer', 'seniorer'],
    goals: ['sdg-3', 'kultur-och-fritid', 'barn-och-unga'],
    cpvPrefixes: ['9262', '9261'],
    challengeTitles: ['Fler barn i rörelse', 'Meningsfull fritid för unga', 'Aktiva sommarlov'],
  },
  {
    nouns: ['Stadsmission', 'Hjälpverksamhet', 'Diakoniförening', 'Härbärge'],
    work: ['härbärgen', 'stödboenden', 'matutdelning', 'uppsökande arbete', 'soppkök'],
    people: ['hemlösa', 'människor i utsatthet', 'EU-migranter', 'personer med missbruk'],
    goals: ['hemloshet', 'sdg-1', 'minskat-utanforskap', 'beroende'],
    cpvPrefixes: ['8531', '8532'],
    challengeTitles: ['Tak över huvudet för hemlösa', 'Vinterboende', 'Bostad först'],
  },
  {
    nouns: ['Läxhjälpsförening', 'Ungdomsförening', 'Fritidsgård', 'Scoutkår'],
    work: ['läxhjälp', 'mentorskap', 'fritidsgårdar', 'sommarskolor', 'kollo'],
    people: ['barnen', 'ungdomarna', 'elever i högstadiet', 'unga som lämnat skolan'],
    goals: ['barn-och-unga', 'utbildning', 'sdg-4', 'sdg-10'],
    cpvPrefixes: ['8000', '8010', '8531'],
    challengeTitles: ['Fler elever med godkända betyg', 'Unga som lämnar skolan', 'Läxhjälp'],
  },
  {
    nouns: ['Pensionärsförening', 'Seniorförening', 'Väntjänst', 'Träffpunkt'],
    work: ['besöksverksamhet', 'mötesplatser', 'telefonkedjor', 'promenadgrupper'],
    people: ['äldre', 'ensamma äldre', 'pensionärer', 'anhöriga'],
    goals: ['aldre', 'sdg-3', 'psykisk-halsa', 'minskat-utanforskap'],
    cpvPrefixes: ['8531', '8532'],
    challengeTitles: ['Minska ensamheten bland äldre', 'Social samvaro för äldre'],
  },
  {
    nouns: ['Kulturförening', 'Teaterförening', 'Musikförening', 'Hembygdsförening'],
    work: ['konserter', 'teaterföreställningar', 'studiecirklar', 'kulturskola'],
    people: ['invånarna', 'unga vuxna', 'barnfamiljer', 'boende i förorten'],
    goals: ['kultur-och-fritid', 'sdg-11', 'integration'],
    cpvPrefixes: ['9231', '9232', '8000'],
    challengeTitles: ['Levande kultur i landsbygden', 'Kultur för alla'],
  },
  {
    nouns: ['Naturskyddsförening', 'Miljöförening', 'Odlarförening', 'Cykelförening'],
    work: ['odlingar', 'naturvård', 'klimatrådgivning', 'återbruk', 'cykelkök'],
    people: ['grannarna', 'skolklasser', 'hushållen', 'lantbrukare'],
    goals: ['klimat-och-miljo', 'sdg-13', 'sdg-15', 'sdg-12', 'mat-och-livsmedel'],
    cpvPrefixes: ['9070', '8000'],
    challengeTitles: ['Minskat matsvinn', 'Mer återbruk', 'Gröna stadsdelar'],
  },
  {
    nouns: ['Integrationsförening', 'Kvinnoförening', 'Språkcafé', 'Kulturcenter'],
    work: ['språkcaféer', 'samhällsorientering', 'föräldrastöd', 'jobbcoachning'],
    people: ['nyanlända', 'utrikes födda kvinnor', 'familjerna', 'asylsökande'],
    goals: ['integration', 'minskat-utanforskap', 'sdg-10', 'jamstalldhet'],
    cpvPrefixes: ['8531', '8000', '8053'],
    challengeTitles: ['Snabbare etablering för nyanlända', 'Svenska för föräldrar'],
  },
  {
    nouns: ['Arbetskooperativ', 'Socialt företag', 'Arbetsintegrerande kooperativ'],
    work: ['arbetsträning', 'praktikplatser', 'café och catering', 'second hand-butiker'],
    people: ['långtidsarbetslösa', 'personer långt från arbetsmarknaden', 'unga utan jobb'],
    goals: ['arbete-och-sysselsattning', 'sdg-8', 'minskat-utanforskap'],
    cpvPrefixes: ['8531', '8053', '9070'],
    challengeTitles: ['Fler i arbete', 'Vägar till egen försörjning', 'Arbetsträning'],
  },
  {
    nouns: ['Kvinnojour', 'Tjejjour', 'Brottsofferjour', 'Mansjour'],
    work: ['skyddade boenden', 'stödsamtal', 'jourtelefon', 'förebyggande arbete'],
    people: ['våldsutsatta kvinnor', 'barn som bevittnat våld', 'brottsoffer'],
    goals: ['vald-i-nara-relationer', 'sdg-5', 'trygg-livsmiljo', 'sdg-16'],
    cpvPrefixes: ['8531', '8532'],
    challengeTitles: ['Stöd till våldsutsatta', 'Tryggare stadsdelar', 'Skyddat boende'],
  },
  {
    nouns: ['Funktionsrättsförening', 'Intresseförening', 'Brukarförening', 'Anhörigförening'],
    work: ['daglig verksamhet', 'assistans', 'fritidsaktiviteter', 'rådgivning'],
    people: ['personer med funktionsnedsättning', 'anhöriga', 'barn med autism'],
    goals: ['funktionsratt', 'sdg-10', 'psykisk-halsa', 'sdg-3'],
    cpvPrefixes: ['8531', '8532', '8512'],
    challengeTitles: ['Delaktighet för personer med funktionsnedsättning', 'Meningsfull vardag'],
  },
];

const PLACE_EXTRAS = [
  'Rosengård',
  'Tensta',
  'Hammarkullen',
  'Gottsunda',
  'Vivalla',
  'Skäggetorp',
  'Norrmalm',
  'Söder',
  'Bergsjön',
  'Fisksätra',
  'Alby',
  'Navestad',
] as const;
const FANCY = ['Solgården', 'Vägen', 'Bryggan', 'Gemenskapen', 'Framtiden', 'Ljuspunkten'] as const;
const VERBS = ['driver', 'ordnar', 'erbjuder', 'samordnar', 'utvecklar', 'leder'] as const;
const OPENINGS = ['Vi', 'Föreningen', 'Organisationen', 'Vår förening', 'Stiftelsen'] as const;
const CONTEXTS = [
  'tillsammans med kommunen',
  'i samverkan med regionen',
  'med stöd av ideella krafter',
  'med många frivilliga',
  'i flera stadsdelar',
  'sedan många år',
] as const;
const CAPACITIES = [
  'Ett tjugotal anställda och drygt hundra volontärer.',
  'Tre anställda och en aktiv styrelse.',
  'Helt ideell verksamhet med ett femtiotal medlemmar.',
  'Kan ta emot omkring trettio deltagare i veckan.',
  '',
] as const;
const BODY_SUFFIXES = [
  'Bostäder AB',
  'Energi AB',
  'Fritid AB',
  'Vatten AB',
  'Fastigheter AB',
  'Hamn AB',
  'Parkering AB',
  'utbildningsförbund',
  'räddningstjänstförbund',
  'kommunalförbund',
] as const;

// The weights of the legal forms among idéburna organisations and social enterprises: mostly
// ideella föreningar; the first digit of the number follows the form.
const LEGAL_FORM_PICKER = new WeightedPicker<{ form: LegalForm; group: string }>(
  [
    { form: 'ideell-forening', group: '8' },
    { form: 'stiftelse', group: '8' },
    { form: 'ekonomisk-forening', group: '7' },
    { form: 'trossamfund', group: '8' },
    { form: 'aktiebolag', group: '5' },
    { form: 'svb-aktiebolag', group: '5' },
    { form: 'other', group: '8' },
  ],
  [790, 100, 55, 20, 15, 10, 10],
);

const STATUS_PICKER = new WeightedPicker<SyntheticChallenge['status']>(
  ['ide', 'dialog', 'upphandling-partnerskap', 'pagar', 'avslutad'],
  [25, 30, 15, 20, 10],
);

/** The organisationsnummer of `group` (first digit): digits 3–4 at least 20, Luhn check digit. */
function newOrgnr(random: SeededRandom, group: string, taken: Set<string>): string {
  for (;;) {
    const body = `${group}${random.int(0, 9)}${random.int(20, 99)}${String(random.int(0, 99999)).padStart(5, '0')}`;
    const orgnr = `${body}${luhnCheckDigit(body)}`;
    if (!taken.has(orgnr)) {
      taken.add(orgnr);
      return orgnr;
    }
  }
}

function isoDay(random: SeededRandom, fromYear: number, toYear: number): string {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function genitive(place: string): string {
  return /[sxz]$/.test(place) ? place : `${place}s`;
}

/**
 * Generates the data set for `seed`: the organisations (public bodies first, then the member
 * organisations that claimed their entries), the directory's entries and the challenges.
 */
export function generateSyntheticDirectory(
  seed: number,
  counts: SyntheticCounts = NATIONAL_COUNTS,
): SyntheticDirectory {
  const random = new SeededRandom(seed);
  const kommuner = municipalityList();
  const counties = countyList();
  const kommunPicker = new WeightedPicker(
    kommuner,
    kommuner.map((m) => kommunWeight(m, random)),
  );
  const byCounty = new Map<string, Municipality[]>();
  for (const m of kommuner) byCounty.set(m.countyCode, [...(byCounty.get(m.countyCode) ?? []), m]);
  const cpvByPrefix = new Map<string, string[]>();
  const services = cpvEntries().filter((e) => /^(80|85|92)/.test(e.code));
  for (const field of FIELDS) {
    for (const prefix of field.cpvPrefixes) {
      cpvByPrefix.set(
        prefix,
        services.filter((e) => e.code.startsWith(prefix)).map((e) => e.code),
      );
    }
  }
  const taken = new Set<string>();

  const publicBodies = generatePublicBodies(random, counts.publicBodies, taken);
  const members: SyntheticOrganisation[] = [];
  const actors: SyntheticActor[] = [];
  const fieldOf: Field[] = [];
  const cityOf: string[] = [];

  for (let i = 0; i < counts.actors; i++) {
    const field = random.pick(FIELDS);
    const { form, group } = LEGAL_FORM_PICKER.pick(random);
    const home = kommunPicker.pick(random);
    const workIntegrating =
      field.goals.includes('arbete-och-sysselsattning') || random.chance(0.02);
    const kind =
      form === 'aktiebolag' || form === 'svb-aktiebolag' || (workIntegrating && random.chance(0.5))
        ? ('social-enterprise' as const)
        : ('ideburen' as const);
    const orgnr = newOrgnr(random, group, taken);
    const name = actorName(random, field, form, home.name);

    const areaCodes = actorAreas(random, home, byCounty, counties.length);
    const goals = random.pickSome(field.goals, random.int(1, Math.min(3, field.goals.length)));
    if (random.chance(0.15)) goals.push(random.pick(GOAL_IDS.filter((g) => !goals.includes(g))));
    const cpv: string[] = [];
    if (random.chance(0.12)) {
      for (const prefix of random.pickSome(field.cpvPrefixes, random.int(1, 2))) {
        const codes = cpvByPrefix.get(prefix) ?? [];
        if (codes.length > 0) cpv.push(random.pick(codes));
      }
    }
    const registered = random.chance(0.04);
    const claimed = random.chance(0.03);
    const suggested = !claimed && random.chance(0.005);
    let organisationId: string | null = null;
    if (claimed) {
      organisationId = random.uuid();
      members.push({ id: organisationId, name, orgnr, kind, legalForm: form, homeArea: home.code });
    }
    actors.push({
      id: random.uuid(),
      orgnr,
      name,
      kind,
      legalForm: form,
      organisationId,
      source: claimed ? 'member' : suggested ? 'suggestion' : 'import',
      suggestedBy: suggested ? random.pick(publicBodies).id : null,
      listed: !suggested,
      registeredIdeburen: registered ? true : random.chance(0.3) ? false : null,
      registeredIdeburenOn: registered ? isoDay(random, 2022, 2025) : null,
      workIntegrationMainAim: workIntegrating ? true : random.chance(0.2) ? false : null,
      disadvantagedStaffShare: workIntegrating ? random.int(30, 90) / 100 : null,
      areaCodes,
      areaIndex: areaIndex(areaCodes),
      goals,
      cpv: [...new Set(cpv)],
      capacity: random.pick(CAPACITIES),
      description: actorDescription(random, field, home.name),
      contactEmail: random.chance(0.4) ? `kontakt${i}@example.se` : '',
      website: random.chance(0.3) ? `https://forening${i}.example.se` : '',
      collaborations: random.chance(0.08) ? collaborations(random, field, home.name) : [],
      lastConfirmedOn: claimed ? isoDay(random, 2024, 2025) : null,
      createdAt: `${isoDay(random, 2024, 2025)}T08:00:00Z`,
    });
    fieldOf.push(field);
    cityOf.push(home.name);
  }

  const challenges: SyntheticChallenge[] = [];
  const posterPicker = new WeightedPicker(
    publicBodies,
    // Regions and kommuner post most challenges; their companies and federations a few.
    publicBodies.map((b) =>
      b.homeArea.length === 2 ? 60 : b.name.endsWith('kommun') || b.name.endsWith('stad') ? 20 : 2,
    ),
  );
  for (let i = 0; i < counts.challenges; i++) {
    const initiative = members.length > 0 && random.chance(0.15);
    const poster = initiative ? random.pick(members) : posterPicker.pick(random);
    challenges.push(challenge(random, poster, initiative, byCounty, cpvByPrefix));
  }
  return { organisations: [...publicBodies, ...members], actors, challenges };
}

function generatePublicBodies(
  random: SeededRandom,
  count: number,
  taken: Set<string>,
): SyntheticOrganisation[] {
  const bodies: SyntheticOrganisation[] = [];
  const kommuner = municipalityList();
  const counties = countyList();
  for (let i = 0; i < count; i++) {
    let name: string;
    let homeArea: string;
    let group = '2';
    if (i < kommuner.length) {
      const m = kommuner[i]!;
      name = m.name.length > 8 && random.chance(0.1) ? `${m.name} stad` : `${m.name} kommun`;
      homeArea = m.code;
    } else if (i < kommuner.length + counties.length) {
      const c = counties[i - kommuner.length]!;
      name = `Region ${c.name.replace(/s? län$/, '')}`;
      homeArea = c.code;
    } else {
      const m = random.pick(kommuner);
      const suffix = random.pick(BODY_SUFFIXES);
      name = `${m.name} ${suffix}`;
      if (suffix.endsWith('AB')) group = '5';
      homeArea = m.code;
    }
    bodies.push({
      id: random.uuid(),
      name,
      orgnr: newOrgnr(random, group, taken),
      kind: 'public-body',
      legalForm: null,
      homeArea,
    });
  }
  return bodies;
}

function actorName(random: SeededRandom, field: Field, form: LegalForm, place: string): string {
  const where = random.chance(0.1) ? random.pick(PLACE_EXTRAS) : place;
  const noun = random.pick(field.nouns);
  switch (form) {
    case 'stiftelse':
      return `Stiftelsen ${random.pick(FANCY)} i ${where}`;
    case 'ekonomisk-forening':
      return `${random.pick(FANCY)} ${noun.toLowerCase()} ekonomisk förening`;
    case 'aktiebolag':
      return `${random.pick(FANCY)} ${where} AB`;
    case 'svb-aktiebolag':
      return `${random.pick(FANCY)} i ${where} AB (svb)`;
    case 'trossamfund':
      return `${where} ${random.pick(['församling', 'missionsförsamling', 'frikyrka'])}`;
    default:
      break;
  }
  switch (random.int(0, 4)) {
    case 0:
      return `${genitive(where)} ${noun}`;
    case 1:
      return `${where} ${noun}`;
    case 2:
      return `Föreningen ${random.pick(FANCY)} i ${where}`;
    case 3:
      return `${noun} ${random.pick(FANCY)}, ${where}`;
    default:
      return `${random.pick(['IK', 'IF', 'FF', 'KFUM', 'Hela'])} ${where} ${noun}`;
  }
}

function actorAreas(
  random: SeededRandom,
  home: Municipality,
  byCounty: Map<string, Municipality[]>,
  countyCount: number,
): string[] {
  const roll = random.next();
  if (roll < 0.85 || countyCount === 0) return [home.code];
  if (roll < 0.91) {
    const neighbours = byCounty.get(home.countyCode) ?? [home];
    const more = random.pickSome(neighbours, random.int(1, 2)).map((m) => m.code);
    return [...new Set([home.code, ...more])].sort();
  }
  if (roll < 0.97) return [home.countyCode];
  return [COUNTRY_CODE];
}

function actorDescription(random: SeededRandom, field: Field, place: string): string {
  const sentences: string[] = [];
  const count = random.int(1, 3);
  for (let s = 0; s < count; s++) {
    // Swedish puts the verb second: "Dessutom driver vi …", "Vi driver också …".
    const verb = random.pick(VERBS);
    const clause =
      s === 0
        ? `${random.pick(OPENINGS)} ${verb}`
        : random.chance(0.5)
          ? `Dessutom ${verb} vi`
          : `Vi ${verb} också`;
    sentences.push(
      `${clause} ${random.pick(field.work)} för ${random.pick(field.people)} ` +
        `i ${place} ${random.pick(CONTEXTS)}.`,
    );
  }
  return sentences.join(' ');
}

function collaborations(random: SeededRandom, field: Field, place: string) {
  return Array.from({ length: random.int(1, 2) }, () => ({
    title: `${random.pick(field.challengeTitles)} i ${place}`,
    partner: `${place} kommun`,
    year: random.int(2018, 2025),
    form: random.chance(0.7) ? random.pick(FORM_IDS) : null,
    goals: random.pickSome(field.goals, 1),
    description: `${random.pick(VERBS)} ${random.pick(field.work)} för ${random.pick(field.people)}.`,
  }));
}

function challenge(
  random: SeededRandom,
  poster: SyntheticOrganisation,
  initiative: boolean,
  byCounty: Map<string, Municipality[]>,
  cpvByPrefix: Map<string, string[]>,
): SyntheticChallenge {
  const field = random.pick(FIELDS);
  const county = poster.homeArea.length === 2;
  const kommun = county
    ? random.pick(byCounty.get(poster.homeArea) ?? municipalityList())
    : (municipalityList().find((m) => m.code === poster.homeArea) ?? municipalityList()[0]!);
  const areaCodes = county && random.chance(0.6) ? [poster.homeArea] : [kommun.code];
  const place = kommun.name;
  const cpv: string[] = [];
  if (!initiative && random.chance(0.4)) {
    const codes = cpvByPrefix.get(random.pick(field.cpvPrefixes)) ?? [];
    if (codes.length > 0) cpv.push(random.pick(codes));
  }
  const startsOn = random.chance(0.7) ? isoDay(random, 2025, 2027) : null;
  const endsOn =
    startsOn !== null && random.chance(0.7)
      ? `${Number(startsOn.slice(0, 4)) + random.int(1, 3)}${startsOn.slice(4)}`
      : null;
  const budgetSek = random.chance(0.6) ? random.int(2, 400) * 50_000 : null;
  const people = random.pick(field.people);
  const description =
    `${initiative ? 'Vi vill' : `${poster.name} vill`} ${random.pick(['tillsammans med', 'i samverkan med', 'med hjälp av'])} ` +
    `idéburna organisationer ${random.pick(['nå', 'stödja', 'stärka'])} ${people} i ${place}. ` +
    `Vi söker ${random.pick(['partner', 'organisationer', 'föreningar'])} som ${random.pick(VERBS)} ` +
    `${random.pick(field.work)}${budgetSek === null ? '.' : ' och kan ta ansvar för en del av budgeten.'}`;
  const caseFacts: Case | null =
    !initiative && random.chance(0.3)
      ? {
          startDate: startsOn ?? isoDay(random, 2025, 2026),
          buyer: { kind: county ? 'region' : 'municipality', name: poster.name },
          subject: { type: 'services', cpv: cpv.length > 0 ? cpv : ['85311000-2'] },
          estimatedValueSek: budgetSek ?? random.int(1, 80) * 100_000,
          counterpart: {
            legalForm: 'ideell-forening',
            registeredIdeburen: random.chance(0.5) ? true : null,
            publicBenefitPurposeOnly: true,
            publicControllingInfluence: false,
            valueTransfersOnlyAllowed: random.chance(0.5) ? true : null,
          },
        }
      : null;
  return {
    id: random.uuid(),
    organisationId: poster.id,
    kind: initiative ? 'initiative' : 'challenge',
    title: `${random.pick(field.challengeTitles)} i ${place}`,
    description,
    goals: random.pickSome(field.goals, random.int(1, 3)),
    areaCodes,
    areaIndex: areaIndex(areaCodes),
    cpv,
    startsOn,
    endsOn,
    budgetSek,
    status: STATUS_PICKER.pick(random),
    caseFacts,
    createdAt: `${isoDay(random, 2024, 2025)}T09:00:00Z`,
  };
}

/** The columns of the operator's import file, in order. */
export const IMPORT_COLUMNS = [
  'organisationsnummer',
  'namn',
  'juridisk_form',
  'kommunkod',
  'beskrivning',
] as const;

/**
 * The entries as an import file: UTF-8, `;`-separated, a header row, area codes `|`-separated,
 * organisationsnummer written with the hyphen as people type it. Fields with `;`, quotes or line
 * breaks are quoted.
 */
export function importCsv(actors: readonly SyntheticActor[]): string {
  const quote = (value: string) =>
    /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  const lines = [IMPORT_COLUMNS.join(';')];
  for (const a of actors) {
    lines.push(
      [
        `${a.orgnr.slice(0, 6)}-${a.orgnr.slice(6)}`,
        a.name,
        a.legalForm,
        a.areaCodes.join('|'),
        a.description,
      ]
        .map(quote)
        .join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
