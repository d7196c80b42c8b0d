/**
 * The rules catalogue: every rule set and every dated value with its validity and sources, so
 * that a lawyer can check them. The same data the assessments use, nothing retyped.
 */
import type { Citation, IsoDate } from '../engine';
import { AMOUNT_ROWS } from './amounts/amounts';
import { RULE_SETS } from './rule-sets/rule-sets';
import { MANDATORY_CONSIDERATIONS_PROPOSAL } from './sources/pending-changes';
import { DE_MINIMIS_EUR, SGEI_DE_MINIMIS_EUR } from './state-aid/de-minimis';

/** One rule set in the catalogue. */
export interface CatalogueRuleSet {
  id: string;
  label: { sv: string; en: string };
  validFrom: IsoDate;
  validTo: IsoDate | null;
  citations: Citation[];
  sources: string[];
  verifiedOn: IsoDate;
  provisions: Record<string, Citation[] | null>;
}

/** One dated value in the catalogue. */
export interface CatalogueValue {
  id: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  sek: number | null;
  eur: number | null;
  unit: 'SEK' | 'EUR' | 'flag';
  verified: string;
  sources: string[];
  verifiedOn: IsoDate;
  note: string;
}

/** Everything a lawyer needs to check the rules. */
export interface RulesCatalogue {
  ruleSets: CatalogueRuleSet[];
  values: CatalogueValue[];
}

/** The catalogue of rule sets and dated values. */
export function rulesCatalogue(): RulesCatalogue {
  const ruleSets = RULE_SETS.map((r) => ({
    id: r.value.id,
    label: r.value.label,
    validFrom: r.validFrom,
    validTo: r.validTo,
    citations: r.citations,
    sources: r.sources,
    verifiedOn: r.verifiedOn,
    provisions: {
      directAward: [...r.value.directAward.lou, ...r.value.directAward.luf],
      national: [...r.value.national.lou, ...r.value.national.luf],
      innovationPartnership: r.value.innovationPartnership,
      reservedWorkIntegration: r.value.reservedWorkIntegration,
      reservedMissionBased: r.value.reservedMissionBased,
      reservedIdeburen: r.value.reservedIdeburen,
      lov: r.value.lov,
      lovReservedIdeburen: r.value.lovReservedIdeburen,
      welfareServices: r.value.welfareServices?.advertising ?? null,
      socialConsiderations: r.value.socialConsiderations,
    },
  }));
  const amounts: CatalogueValue[] = AMOUNT_ROWS.map((r) => ({
    id: `${r.law.toLowerCase()}.${r.kind}.${r.appliesTo.join('+')}.${r.authority}`,
    validFrom: r.validFrom,
    validTo: r.validTo,
    sek: r.sek,
    eur: r.eur,
    unit: 'SEK',
    verified: r.verified,
    sources: r.sources,
    verifiedOn: r.verifiedOn,
    note: r.notes,
  }));
  const eur = (id: string, rows: typeof DE_MINIMIS_EUR): CatalogueValue[] =>
    rows.map((r) => ({
      id,
      validFrom: r.validFrom,
      validTo: r.validTo,
      sek: null,
      eur: r.value,
      unit: 'EUR',
      verified: r.value === null ? 'not_published' : 'source',
      sources: r.sources,
      verifiedOn: r.verifiedOn,
      note: '',
    }));
  const flags: CatalogueValue[] = MANDATORY_CONSIDERATIONS_PROPOSAL.map((r) => ({
    id: 'lou.mandatory-considerations-proposal',
    validFrom: r.validFrom,
    validTo: r.validTo,
    sek: null,
    eur: null,
    unit: 'flag',
    verified: 'unverified',
    sources: r.sources,
    verifiedOn: r.verifiedOn,
    note: r.value ? 'Proposed (Ds 2021:31), enactment not verified' : 'No proposal in force',
  }));
  return {
    ruleSets,
    values: [
      ...amounts,
      ...eur('state-aid.de-minimis', DE_MINIMIS_EUR),
      ...eur('state-aid.sgei-de-minimis', SGEI_DE_MINIMIS_EUR),
      ...flags,
    ],
  };
}
