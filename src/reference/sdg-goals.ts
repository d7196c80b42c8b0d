/**
 * The 17 Sustainable Development Goals of Agenda 2030 with their short names in Swedish and
 * English. Imported by `scripts/import-reference-data.mjs`; see README.md in this folder.
 */
import rows from './sdg-goals.json';

/** One goal: its number (1–17) and short names. */
export interface SdgGoal {
  goal: number;
  nameSv: string;
  nameEn: string;
}

const goals: readonly SdgGoal[] = rows.map(([goal, sv, en]) => ({
  goal: Number(goal),
  nameSv: String(sv),
  nameEn: String(en),
}));

/** The 17 goals in order. */
export function sdgGoals(): readonly SdgGoal[] {
  return goals;
}
