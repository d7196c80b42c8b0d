import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { matchReasonText } from '../domain/matching/index';
import { describeEachDatabase } from '../test-support/databases';
import { matchChallengesForActor } from './actor-matches';
import { matchActorsForChallenge, type ActorMatchOptions } from './challenge-matches';
import { MATCHING_FIXTURE as F, seedMatchingFixture } from './matching.fixture';

const A = F.actors;
const page = { limit: 20, offset: 0, lang: 'sv' as const };

describeEachDatabase('matching over the directory', (target) => {
  let db: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const fresh = await target.freshForSuite();
    db = fresh.db;
    dispose = () => fresh.dispose();
    await migrate(db);
    await seedMatchingFixture(db);
  });
  afterAll(() => dispose());

  const ranked = async (options: Partial<ActorMatchOptions> = {}) => {
    const result = await matchActorsForChallenge(db, F.loneliness, { ...page, ...options });
    return result!.items.map((m) => [m.item.orgnr, m.score]);
  };

  it('ranks the listed actors that serve Malmö and share a goal, a service or words', async () => {
    expect(await ranked()).toEqual([
      [A.aldrekraft, 78],
      // three at 48: by name without case ("alfa omsorg" twice), then by number
      [A.alfaFirst, 48],
      [A.alfaSecond, 48],
      [A.traffpunkter, 48],
      [A.riksforbundet, 30],
    ]);
  });

  it('explains each score with reasons whose points add up to it', async () => {
    const result = await matchActorsForChallenge(db, F.loneliness, page);
    expect(result!.total).toBe(5);
    expect(result!.challenge.title).toBe('Ensamhet bland äldre');
    for (const m of result!.items) {
      expect(m.reasons.reduce((s, r) => s + r.points, 0)).toBe(m.score);
    }
    const best = result!.items[0]!;
    expect(best.reasons.map((r) => [r.kind, r.points])).toEqual([
      ['goals', 15],
      ['goals-related', 8],
      ['area', 25],
      ['services-cpv', 20],
      ['services-text', 0],
      ['experience', 10],
    ]);
    expect(best.reasons.map((r) => matchReasonText(r, 'sv'))).toContain(
      'Har gjort ett liknande samarbete: Träffpunkt för äldre (IOP med Lunds kommun, 2023).',
    );
    const traffpunkter = result!.items.find((m) => m.item.orgnr === A.traffpunkter)!;
    // "ensamhet" of the title is found in the description; "bland" and "äldre" are not.
    const text = traffpunkter.reasons.find((r) => r.kind === 'services-text');
    expect(text).toEqual({
      kind: 'services-text',
      points: 5,
      details: { words: ['ensamhet'], titleWords: 3 },
    });
  });

  it('filters by kommun, län, legal form, registration, goal and minimum score', async () => {
    expect((await ranked({ kommun: '1281' })).map(([o]) => o)).toEqual([
      A.traffpunkter,
      A.riksforbundet,
    ]);
    expect(await ranked({ lan: '12' })).toEqual(await ranked());
    expect((await ranked({ lan: '01' })).map(([o]) => o)).toEqual([A.riksforbundet]);
    expect((await ranked({ legalForms: ['stiftelse'] })).map(([o]) => o)).toEqual([
      A.riksforbundet,
    ]);
    expect((await ranked({ registered: true })).map(([o]) => o)).toEqual([A.aldrekraft]);
    expect((await ranked({ registered: false })).map(([o]) => o)).toEqual([A.riksforbundet]);
    expect((await ranked({ goals: ['sdg-10'] })).map(([o]) => o)).toEqual([A.riksforbundet]);
    expect((await ranked({ minScore: 49 })).map(([o]) => o)).toEqual([A.aldrekraft]);
    expect(await ranked({ minScore: 48 })).toHaveLength(4);
  });

  it('pages through the same order without gaps or repeats', async () => {
    const all = await ranked();
    const pages = [];
    for (let offset = 0; offset < 6; offset += 2)
      pages.push(...(await ranked({ limit: 2, offset })));
    expect(pages).toEqual(all);
    expect(await ranked({ offset: 10 })).toEqual([]);
  });

  it('asks the engine whether each actor could take part in the reserved procurement', async () => {
    const result = await matchActorsForChallenge(db, F.laundry, { ...page, lang: 'en' });
    const byOrgnr = new Map(result!.items.map((m) => [m.item.orgnr, m]));
    expect([...byOrgnr.keys()]).toEqual([A.tvatteriet, A.tvattstugan]);
    const eligible = byOrgnr.get(A.tvatteriet)!.reasons.find((r) => r.kind.startsWith('reserved'));
    expect(eligible?.kind).toBe('reserved-maybe');
    expect(eligible?.points).toBe(10);
    const not = byOrgnr.get(A.tvattstugan)!.reasons.find((r) => r.kind.startsWith('reserved'));
    expect(not?.kind).toBe('reserved-not-eligible');
    expect(matchReasonText(not!, 'en')).toContain('20 %');
  });

  it('answers undefined for an unknown challenge', async () => {
    expect(
      await matchActorsForChallenge(db, '00000000-0000-4000-8000-0000000000ff', page),
    ).toBeUndefined();
  });

  it('finds the open challenges for an actor with the same score and reasons', async () => {
    const forActor = await matchChallengesForActor(db, A.aldrekraft, page);
    expect(forActor!.items.map((m) => [m.item.id, m.score])).toEqual([[F.loneliness, 78]]);
    const forChallenge = await matchActorsForChallenge(db, F.loneliness, page);
    expect(forActor!.items[0]!.reasons).toEqual(forChallenge!.items[0]!.reasons);
    const finished = await matchChallengesForActor(db, A.aldrekraft, {
      ...page,
      status: ['avslutad'],
    });
    expect(finished!.items.map((m) => m.item.id)).toEqual([F.finished]);
  });

  it('finds the laundry challenge for the work-integration enterprise, with its eligibility', async () => {
    const result = await matchChallengesForActor(db, A.tvatteriet, { ...page, lang: 'en' });
    expect(result!.items.map((m) => m.item.id)).toEqual([F.laundry]);
    expect(result!.items[0]!.reasons.map((r) => r.kind)).toContain('reserved-maybe');
    expect(
      (await matchChallengesForActor(db, A.tvatteriet, { ...page, kind: 'initiative' }))!.items,
    ).toEqual([]);
  });

  it('answers undefined for an unlisted or unknown actor', async () => {
    expect(await matchChallengesForActor(db, A.suggested, page)).toBeUndefined();
    expect(await matchChallengesForActor(db, '8021009990', page)).toBeUndefined();
  });
});
