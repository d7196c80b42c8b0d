import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import type { ActorProfileInput } from '../domain/directory/index';
import { nextTestOrgnr } from '../test-support/accounts';
import { describeEachDatabase } from '../test-support/databases';
import { testDatabaseUrl } from '../test-support/environment';
import { searchActors, type ActorSearchQuery, type ActorSearchResult } from './actor-search';
import { suggestActor } from './actor-store';
import { actorInput, insertImportedActor, insertTestOrganisation } from './directory.fixture';

// One data set, with the same numbers, written to both databases so their answers can be compared.
const named = {
  stadsmission: actorInput({
    orgnr: nextTestOrgnr(),
    name: 'Stockholms Stadsmission',
    legalForm: 'stiftelse',
    registeredIdeburen: true,
    areaCodes: ['01'],
    goals: ['hemloshet', 'sdg-1'],
    description: 'Vi möter människor i hemlöshet och ensamhet.',
  }),
  aldrekontakt: actorInput({
    orgnr: nextTestOrgnr(),
    name: 'Äldrekontakt Göteborg',
    legalForm: 'ideell-forening',
    areaCodes: ['1480'],
    goals: ['aldre', 'sdg-3'],
    description: 'Föreningen ordnar söndagsträffar mot ensamhet bland äldre.',
  }),
  laxhjalpen: actorInput({
    orgnr: nextTestOrgnr(),
    name: 'Läxhjälpen i Malmö',
    legalForm: 'ideell-forening',
    registeredIdeburen: false,
    areaCodes: ['1280'],
    goals: ['barn-och-unga', 'utbildning'],
    description: 'Läxhjälp och samtalsgrupper för barn och unga.',
  }),
  kvinnojouren: actorInput({
    orgnr: nextTestOrgnr(),
    name: 'Rikstäckande kvinnojouren',
    legalForm: 'ideell-forening',
    registeredIdeburen: true,
    areaCodes: ['SE'],
    goals: ['vald-i-nara-relationer'],
    description: 'Stöd till kvinnor genom lokala föreningar i hela landet.',
  }),
  arbetsintegrering: actorInput({
    orgnr: nextTestOrgnr(),
    name: 'Västra Götalands arbetsintegrering',
    kind: 'social-enterprise',
    legalForm: 'ekonomisk-forening',
    workIntegrationMainAim: true,
    areaCodes: ['14'],
    goals: ['arbete-och-sysselsattning'],
    description: 'Arbetsträning i butiker och kaféer.',
  }),
  kulturforeningen: actorInput({
    orgnr: nextTestOrgnr(),
    name: 'Kulturföreningen Solen',
    legalForm: 'ideell-forening',
    areaCodes: ['1480', '14'],
    goals: ['kultur-och-fritid', 'aldre'],
    description: 'Konserter för äldre på träffpunkter.',
  }),
};
// Many entries of one kind, for pages; their names sort among each other and the named ones.
const fillers: ActorProfileInput[] = Array.from({ length: 23 }, (_, i) =>
  actorInput({
    orgnr: nextTestOrgnr(),
    name: `${['Idrottsklubben', 'Ölands idrott', 'Åby idrottsförening', 'idrott för alla'][i % 4]} ${i % 5}`,
    areaCodes: ['0180'],
    goals: ['kultur-och-fritid'],
    description: 'Idrott för alla åldrar.',
  }),
);
const hidden = actorInput({
  orgnr: nextTestOrgnr(),
  name: 'Hemliga föreningen mot ensamhet',
  description: 'Ensamhet bland äldre.',
  areaCodes: ['1480'],
  goals: ['aldre'],
});
const SUGGESTER_ORGNR = nextTestOrgnr();

const nameOf = new Map([...Object.values(named), ...fillers, hidden].map((a) => [a.orgnr, a.name]));
const names = (result: ActorSearchResult) => result.hits.map((h) => nameOf.get(h.orgnr));
const sortedNames = (result: ActorSearchResult) => names(result).sort();
const ALL = { limit: 100, offset: 0 };

/** The answers to these queries are compared between the two databases. */
const COMPARED: ActorSearchQuery[] = [
  ALL,
  { ...ALL, q: 'ensamheten' },
  { ...ALL, q: 'föreningar' },
  { ...ALL, q: 'idrott' },
  { ...ALL, q: 'Stadsmisionen' },
  { ...ALL, q: 'Goteborg' },
  { ...ALL, kommun: '1480' },
  { ...ALL, lan: '14', goals: ['aldre'] },
  { limit: 7, offset: 7, q: 'idrottsklubb' },
  { limit: 5, offset: 5, q: 'idrott', exactLimit: 3 },
  { limit: 10, offset: 0, exactLimit: 10 },
  // above the exact limit with a filter that takes no part in the score
  { limit: 3, offset: 0, lan: '14', exactLimit: 1 },
];
const answers: Partial<Record<'pglite' | 'postgresql', ActorSearchResult[]>> = {};

describeEachDatabase('searching the directory', (target) => {
  let db: Database;
  let suite: { db: Database; dispose(): Promise<void> };
  const search = (query: Partial<ActorSearchQuery>) => searchActors(db, { ...ALL, ...query });

  beforeAll(async () => {
    suite = await target.freshForSuite();
    db = suite.db;
    await migrate(db);
    for (const input of [...Object.values(named), ...fillers]) {
      await insertImportedActor(db, input);
    }
    const suggester = await insertTestOrganisation(db, 'public-body', SUGGESTER_ORGNR);
    await suggestActor(db, {
      suggestedBy: suggester.id,
      input: hidden,
      actor: { kind: 'operator' },
      now: new Date(),
    });
  }, 60_000);
  afterAll(() => suite.dispose());

  it('finds Swedish inflections of the words of a description', async () => {
    expect(sortedNames(await search({ q: 'ensamheten' }))).toEqual([
      'Stockholms Stadsmission',
      'Äldrekontakt Göteborg',
    ]);
    expect(sortedNames(await search({ q: 'äldres' }))).toEqual([
      'Kulturföreningen Solen',
      'Äldrekontakt Göteborg',
    ]);
    expect(sortedNames(await search({ q: 'föreningar' }))).toEqual([
      'Rikstäckande kvinnojouren',
      'Äldrekontakt Göteborg',
    ]);
    expect(names(await search({ q: 'samtalsgruppen' }))).toEqual(['Läxhjälpen i Malmö']);
    expect(names(await search({ q: 'butiker arbetsträningen' }))).toEqual([
      'Västra Götalands arbetsintegrering',
    ]);
    expect(names(await search({ q: 'hemlösheten' }))).toEqual(['Stockholms Stadsmission']);
    // Every word must match.
    expect(names(await search({ q: 'ensamhet konserter' }))).toEqual([]);
  });

  it('finds a misspelt or unaccented name, and ranks the name above the description', async () => {
    expect(names(await search({ q: 'Stadsmisionen' }))).toEqual(['Stockholms Stadsmission']);
    expect(names(await search({ q: 'Goteborg' }))).toEqual(['Äldrekontakt Göteborg']);
    expect(names(await search({ q: 'kulturforeningen' }))).toEqual(['Kulturföreningen Solen']);
    const ranked = await search({ q: 'läxhjälp' });
    expect(names(ranked)).toEqual(['Läxhjälpen i Malmö']);
    expect(ranked.hits[0]!.score).toBeGreaterThan(0);
    // In the name (weight A) counts more than in the description (weight B).
    const both = await search({ q: 'kvinnojouren föreningar' });
    expect(names(both)).toEqual(['Rikstäckande kvinnojouren']);
    const idrott = await search({ q: 'idrottsklubben' });
    expect(idrott.hits.length).toBeGreaterThan(0);
    for (let i = 1; i < idrott.hits.length; i += 1) {
      expect(idrott.hits[i - 1]!.score).toBeGreaterThanOrEqual(idrott.hits[i]!.score);
    }
  });

  it('finds the actors serving a kommun by the kommun, its län or the whole country', async () => {
    expect(sortedNames(await search({ kommun: '1480' }))).toEqual([
      'Kulturföreningen Solen',
      'Rikstäckande kvinnojouren',
      'Västra Götalands arbetsintegrering',
      'Äldrekontakt Göteborg',
    ]);
    expect(sortedNames(await search({ kommun: '1440' }))).toEqual([
      'Kulturföreningen Solen',
      'Rikstäckande kvinnojouren',
      'Västra Götalands arbetsintegrering',
    ]);
    expect(sortedNames(await search({ lan: '14' }))).toEqual([
      'Kulturföreningen Solen',
      'Västra Götalands arbetsintegrering',
      'Äldrekontakt Göteborg',
    ]);
  });

  it('filters by goals (all of them), legal forms (any), registration, kind and work integration', async () => {
    expect(sortedNames(await search({ goals: ['aldre'] }))).toEqual([
      'Kulturföreningen Solen',
      'Äldrekontakt Göteborg',
    ]);
    expect(names(await search({ goals: ['aldre', 'sdg-3'] }))).toEqual(['Äldrekontakt Göteborg']);
    expect(sortedNames(await search({ legalForms: ['stiftelse', 'ekonomisk-forening'] }))).toEqual([
      'Stockholms Stadsmission',
      'Västra Götalands arbetsintegrering',
    ]);
    expect(sortedNames(await search({ registered: true }))).toEqual([
      'Rikstäckande kvinnojouren',
      'Stockholms Stadsmission',
    ]);
    expect(names(await search({ registered: false }))).toEqual(['Läxhjälpen i Malmö']);
    expect(names(await search({ kind: 'social-enterprise' }))).toEqual([
      'Västra Götalands arbetsintegrering',
    ]);
    expect(names(await search({ workIntegration: true, q: 'kaféer' }))).toEqual([
      'Västra Götalands arbetsintegrering',
    ]);
  });

  it('counts the facets over all matches of the filters', async () => {
    const result = await search({ lan: '14', limit: 1 });
    expect(result.total).toBe(3);
    expect(result.hits).toHaveLength(1);
    expect(result.facets.lan).toEqual([{ code: '14', count: 3 }]);
    expect(result.facets.goals).toEqual([
      { id: 'aldre', count: 2 },
      { id: 'arbete-och-sysselsattning', count: 1 },
      { id: 'kultur-och-fritid', count: 1 },
      { id: 'sdg-3', count: 1 },
    ]);
    expect(result.facets.legalForms).toEqual([
      { id: 'ideell-forening', count: 2 },
      { id: 'ekonomisk-forening', count: 1 },
    ]);
    expect(result.facets.registered).toEqual({ yes: 0, no: 0, unknown: 3 });
    // Each kommun in län 14 is served by the two that name the län; Göteborg also by the third.
    const kommun = new Map(result.facets.kommun.map((k) => [k.code, k.count]));
    expect(kommun.get('1480')).toBe(3);
    expect(kommun.get('1440')).toBe(2);
    expect(kommun.has('1280')).toBe(false);

    const everything = await search({});
    expect(everything.total).toBe(Object.keys(named).length + fillers.length);
    expect(everything.facets.registered).toEqual({
      yes: 2,
      no: 1,
      unknown: everything.total - 3,
    });
    // The kommun facet says what the kommun filter finds.
    for (const code of ['1480', '1440', '1280', '0180', '2580']) {
      const count = everything.facets.kommun.find((k) => k.code === code)?.count ?? 0;
      expect((await search({ kommun: code })).total, code).toBe(count);
    }
  });

  it('pages through a total order without repeats or gaps, with words and without', async () => {
    for (const query of [{}, { q: 'idrott' }, { goals: ['kultur-och-fritid'] }]) {
      const whole = await search({ ...query, limit: 100 });
      expect(whole.total).toBe(whole.hits.length);
      const paged: string[] = [];
      for (let offset = 0; offset < whole.total; offset += 4) {
        const page = await search({ ...query, limit: 4, offset });
        expect(page.total).toBe(whole.total);
        paged.push(...page.hits.map((h) => h.orgnr));
      }
      expect(paged).toEqual(whole.hits.map((h) => h.orgnr));
      expect(new Set(paged).size).toBe(paged.length);
    }
    // Without words: by name in lower case, then number.
    const all = await search({});
    const keys = all.hits.map((h) => [h.name.toLowerCase(), h.orgnr].join('\u0000'));
    expect(keys).toEqual([...keys].sort());
  });

  it('above the exact limit, says there are more, counts nothing and pages by name', async () => {
    const exact = await search({ q: 'idrott' });
    expect(exact.exact).toBe(true);
    const limit = exact.total - 1;
    const over = await search({ q: 'idrott', exactLimit: limit, limit: 4 });
    expect(over.exact).toBe(false);
    expect(over.total).toBe(limit);
    expect(over.facets).toEqual({
      lan: [],
      kommun: [],
      goals: [],
      legalForms: [],
      registered: { yes: 0, no: 0, unknown: 0 },
    });
    // Every match, by name then number, page after page.
    const byName = [...exact.hits]
      .sort((x, y) =>
        x.name.toLowerCase() === y.name.toLowerCase()
          ? x.orgnr.localeCompare(y.orgnr)
          : x.name.toLowerCase() < y.name.toLowerCase()
            ? -1
            : 1,
      )
      .map((h) => h.orgnr);
    // Both ways of putting them in order give the same pages: sorting what the first look found
    // (few matches) and walking the name index (many).
    for (const sortedLimit of [limit, exact.total]) {
      const paged: string[] = [];
      for (let offset = 0; offset < exact.total + 4; offset += 4) {
        const page = await search({
          q: 'idrott',
          exactLimit: limit,
          sortedLimit,
          limit: 4,
          offset,
        });
        paged.push(...page.hits.map((h) => h.orgnr));
      }
      expect(paged, `sorted up to ${sortedLimit}`).toEqual(byName);
    }
    // At the limit itself the answer is still exact.
    expect((await search({ q: 'idrott', exactLimit: exact.total })).exact).toBe(true);
  });

  it('never shows an unlisted suggestion', async () => {
    expect(names(await search({ q: 'hemliga föreningen' }))).toEqual([]);
    expect(names(await search({ q: 'ensamhet', kommun: '1480' }))).toEqual([
      'Äldrekontakt Göteborg',
    ]);
    expect((await search({ goals: ['aldre'] })).facets.goals).toContainEqual({
      id: 'aldre',
      count: 2,
    });
  });

  it('records the answers to compare between the databases', async () => {
    const results: ActorSearchResult[] = [];
    for (const query of COMPARED) results.push(await searchActors(db, query));
    answers[target.kind] = results;
    expect(results[0]!.total).toBeGreaterThan(0);
  });
});

describe('the two databases', () => {
  it.skipIf(testDatabaseUrl() === undefined)(
    'give the same hits, in the same order, with the same scores and facets',
    () => {
      const pglite = answers.pglite;
      const postgresql = answers.postgresql;
      expect(pglite).toBeDefined();
      expect(postgresql).toBeDefined();
      const shape = (results: ActorSearchResult[]) =>
        results.map((r) => ({
          exact: r.exact,
          total: r.total,
          hits: r.hits.map((h) => [h.orgnr, h.score]),
          facets: r.facets,
        }));
      expect(shape(postgresql!)).toEqual(shape(pglite!));
    },
  );
});
