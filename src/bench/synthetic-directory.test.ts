import { describe, expect, it } from 'vitest';
import { readActorCsv } from '../domain/directory/csv/index';
import {
  areaIndex,
  isAreaCode,
  isGoalId,
  validateActorInput,
  validateChallengeInput,
} from '../domain/directory/index';
import { validateCase } from '../domain/case-input/index';
import { isValidOrgnr } from '../domain/orgnr/index';
import { cpvByCode } from '../reference/index';
import {
  generateSyntheticDirectory,
  importCsv,
  NATIONAL_COUNTS,
  SeededRandom,
} from './synthetic-directory';

const SMALL = { actors: 3000, publicBodies: 400, challenges: 300 };
const data = generateSyntheticDirectory(7, SMALL);

const GROUP_OF_FORM: Record<string, string> = {
  'ideell-forening': '8',
  stiftelse: '8',
  trossamfund: '8',
  other: '8',
  'ekonomisk-forening': '7',
  aktiebolag: '5',
  'svb-aktiebolag': '5',
};

describe('synthetic national directory', () => {
  it('is the national size by default', () => {
    expect(NATIONAL_COUNTS).toEqual({ actors: 263_000, publicBodies: 1_200, challenges: 5_000 });
  });

  it('gives the same data for the same seed and other data for another', () => {
    expect(generateSyntheticDirectory(7, SMALL)).toEqual(data);
    const other = generateSyntheticDirectory(8, SMALL);
    expect(other.actors.map((a) => a.orgnr)).not.toEqual(data.actors.map((a) => a.orgnr));
  });

  it('draws the same sequence from the same seed, within range', () => {
    const a = new SeededRandom(1);
    const b = new SeededRandom(1);
    const drawn = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(drawn);
    expect(drawn.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(drawn).size).toBeGreaterThan(990);
    expect(a.uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('has the counts asked for, public bodies among the organisations', () => {
    expect(data.actors).toHaveLength(SMALL.actors);
    expect(data.challenges).toHaveLength(SMALL.challenges);
    expect(data.organisations.filter((o) => o.kind === 'public-body')).toHaveLength(
      SMALL.publicBodies,
    );
  });

  it('gives every organisation a valid, unique organisationsnummer of its legal form', () => {
    const bodies = data.organisations.filter((o) => o.kind === 'public-body');
    const numbers = [...data.actors.map((a) => a.orgnr), ...bodies.map((o) => o.orgnr)];
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const orgnr of numbers) expect(isValidOrgnr(orgnr), orgnr).toBe(true);
    for (const a of data.actors) expect(a.orgnr[0], a.legalForm).toBe(GROUP_OF_FORM[a.legalForm]);
    // a member organisation has the number of the entry it claimed
    const claimed = new Map(data.actors.map((a) => [a.organisationId, a.orgnr]));
    for (const o of data.organisations.filter((m) => m.kind !== 'public-body')) {
      expect(claimed.get(o.id)).toBe(o.orgnr);
    }
  });

  it('makes entries a form would accept, with known codes', () => {
    for (const a of data.actors) {
      const checked = validateActorInput({ ...a, collaborations: a.collaborations });
      expect(checked.ok, `${a.orgnr} ${JSON.stringify(checked)}`).toBe(true);
      expect(a.areaCodes.length).toBeGreaterThan(0);
      expect(a.areaCodes.every(isAreaCode)).toBe(true);
      expect(a.areaIndex).toEqual(areaIndex(a.areaCodes));
      expect(a.goals.length).toBeGreaterThanOrEqual(1);
      expect(a.goals.length).toBeLessThanOrEqual(4);
      expect(new Set(a.goals).size).toBe(a.goals.length);
      expect(a.goals.every(isGoalId)).toBe(true);
      for (const code of a.cpv) {
        expect(cpvByCode(code), code).toBeDefined();
        expect(code).toMatch(/^(80|85|92)/);
      }
      expect(a.listed).toBe(a.source !== 'suggestion');
      expect(a.organisationId !== null).toBe(a.source === 'member');
    }
  });

  it('looks like Swedish civil society: mostly ideella föreningar, mostly one kommun', () => {
    const share = (p: (a: (typeof data.actors)[number]) => boolean) =>
      data.actors.filter(p).length / data.actors.length;
    expect(share((a) => a.legalForm === 'ideell-forening')).toBeGreaterThan(0.65);
    expect(share((a) => a.areaCodes.length === 1 && a.areaCodes[0]!.length === 4)).toBeGreaterThan(
      0.7,
    );
    expect(share((a) => a.areaCodes.includes('0180'))).toBeGreaterThan(0.03);
    expect(share((a) => a.registeredIdeburen === true)).toBeLessThan(0.1);
    expect(share((a) => a.workIntegrationMainAim === true)).toBeLessThan(0.2);
    expect(share((a) => a.cpv.length > 0)).toBeGreaterThan(0.02);
    expect(share((a) => /förening|klubb|stiftelse|mission/i.test(a.name))).toBeGreaterThan(0.3);
  });

  it('makes challenges a form would accept, posted by organisations that exist', () => {
    const byId = new Map(data.organisations.map((o) => [o.id, o]));
    for (const c of data.challenges) {
      const checked = validateChallengeInput(c);
      expect(checked.ok, `${c.id} ${JSON.stringify(checked)}`).toBe(true);
      const poster = byId.get(c.organisationId);
      expect(poster).toBeDefined();
      expect(c.kind).toBe(poster!.kind === 'public-body' ? 'challenge' : 'initiative');
      expect(c.areaIndex).toEqual(areaIndex(c.areaCodes));
      if (c.caseFacts !== null) {
        expect(validateCase(c.caseFacts, 'sv').ok, JSON.stringify(c.caseFacts)).toBe(true);
      }
    }
    expect(data.challenges.some((c) => c.caseFacts !== null)).toBe(true);
    expect(data.challenges.some((c) => c.kind === 'initiative')).toBe(true);
  });

  it('writes an import file the import reads back without a problem', () => {
    const rows = data.actors.slice(0, 500);
    const reading = readActorCsv(new TextEncoder().encode(importCsv(rows)));
    if (!reading.ok) throw new Error(JSON.stringify(reading));
    expect(reading.problems).toEqual([]);
    expect(reading.valid.map((r) => r.value.orgnr)).toEqual(rows.map((a) => a.orgnr));
    expect(reading.valid.map((r) => r.value.areaCodes)).toEqual(rows.map((a) => a.areaCodes));
    expect(reading.valid.map((r) => r.value.description)).toEqual(rows.map((a) => a.description));
  });
});
