/**
 * Thresholds (tröskelvärden), direct-award limits (direktupphandlingsgränser) and the
 * welfare-services advertising exemption, as dated rows by law, kind, category and authority.
 *
 * The rows are data (thresholds.json): a new period adds rows, old rows stay. Where the SEK
 * figure of a period is not verified the row says so (`sek: null`, `verified`), and every
 * verdict that depends on it says so too.
 */
import type { Dated, IsoDate } from '../../engine';
import { inPeriod } from '../../engine';
import data from './thresholds.json';

/** What an amount limits. */
export type AmountKind = 'threshold' | 'direct_award_limit' | 'advertising_exemption_limit';
/** What an amount applies to. */
export type AmountCategory = 'supplies_services' | 'works' | 'bilaga2' | 'general' | 'welfare';
/** Whose amount it is (central government has its own supplies/services threshold). */
export type AmountAuthority = 'central_government' | 'other_contracting_authorities' | 'all';
/** How sure the SEK figure is. */
export type Verification = 'source' | 'derived' | 'eur_only' | 'rule_only' | 'not_published';

/** One dated amount. */
export interface AmountRow {
  law: 'LOU' | 'LUF';
  kind: AmountKind;
  appliesTo: AmountCategory[];
  authority: AmountAuthority;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  eur: number | null;
  sek: number | null;
  verified: Verification;
  sources: string[];
  notes: string;
  verifiedOn: IsoDate;
  /** For an open-ended value: the last day a source confirms it. */
  checkedThrough: IsoDate | null;
}

/** All rows, as shipped. */
export const AMOUNT_ROWS: readonly AmountRow[] = data.rows as AmountRow[];

/** The key of one dated table. */
export interface AmountKey {
  law: 'LOU' | 'LUF';
  kind: AmountKind;
  category: AmountCategory;
  authority: AmountAuthority;
}

// Rows indexed by table, so that a lookup scans one table's few periods.
const INDEX = new Map<string, AmountRow[]>();
for (const r of AMOUNT_ROWS) {
  for (const category of r.appliesTo) {
    const k = `${r.law}/${r.kind}/${category}/${r.authority}`;
    const rows = INDEX.get(k);
    if (rows === undefined) INDEX.set(k, [r]);
    else rows.push(r);
  }
}

/** The row in force on `date` for `key`, or undefined when the table has none. */
export function amountOn(key: AmountKey, date: IsoDate): AmountRow | undefined {
  const rows = INDEX.get(`${key.law}/${key.kind}/${key.category}/${key.authority}`);
  return rows?.find((r) => inPeriod(date, r.validFrom, r.validTo));
}

/** The first start date each table must cover (tables start with the rules that use them). */
const TABLE_START: Partial<Record<string, IsoDate>> = {
  'threshold/bilaga2': '2017-01-01',
  'direct_award_limit/bilaga2': '2014-07-01',
  'advertising_exemption_limit/welfare': '2019-01-01',
};
/** The last start date a table must cover (null: open-ended). */
const TABLE_END: Partial<Record<string, IsoDate | null>> = {
  'advertising_exemption_limit/welfare': '2022-01-31',
};

/** Every dated table, for coverage checks and the rules catalogue. */
export function amountTables(): {
  key: AmountKey;
  from: IsoDate;
  to: IsoDate | null;
  rows: Dated<AmountRow>[];
}[] {
  const keys = new Map<string, AmountKey>();
  for (const r of AMOUNT_ROWS) {
    for (const category of r.appliesTo) {
      const key: AmountKey = { law: r.law, kind: r.kind, category, authority: r.authority };
      keys.set(JSON.stringify(key), key);
    }
  }
  return [...keys.values()].map((key) => {
    const kc = `${key.kind}/${key.category}`;
    return {
      key,
      from: TABLE_START[kc] ?? '2014-07-01',
      to: TABLE_END[kc] ?? null,
      rows: AMOUNT_ROWS.filter(
        (r) =>
          r.law === key.law &&
          r.kind === key.kind &&
          r.authority === key.authority &&
          r.appliesTo.includes(key.category),
      ).map((r) => ({
        validFrom: r.validFrom,
        validTo: r.validTo,
        value: r,
        citations: [],
        sources: r.sources,
        verifiedOn: r.verifiedOn,
      })),
    };
  });
}
