// Directory entries and searches as the API answers them: the orgnr with its hyphen, areas,
// goals and CPV codes with their names in the request's language.
import { formatOrgnr } from '../../domain/accounts/index';
import { areaKind, areaName, goalName } from '../../domain/directory/index';
import type { Lang } from '../../engine';
import { cpvByCode } from '../../reference/index';
import type { ActorRecord, ActorSearchResult } from '../../directory/index';

/** The address of an entry in the API. */
export function actorApiPath(orgnr10: string): string {
  return `/api/v1/organisations/${orgnr10}`;
}

/** One entry. */
export function presentActor(record: ActorRecord, lang: Lang) {
  return {
    orgnr: formatOrgnr(record.orgnr),
    name: record.name,
    kind: record.kind,
    legalForm: record.legalForm,
    registeredIdeburen: record.registeredIdeburen,
    registeredIdeburenOn: record.registeredIdeburenOn,
    workIntegration: {
      mainAim: record.workIntegrationMainAim,
      disadvantagedStaffShare: record.disadvantagedStaffShare,
    },
    areas: record.areaCodes.map((code) => ({
      code,
      name: areaName(code, lang),
      kind: areaKind(code) ?? 'municipality',
    })),
    goals: record.goals.map((id) => ({ id, name: goalName(id, lang) })),
    cpv: record.cpv.map((code) => {
      const entry = cpvByCode(code);
      return { code, label: entry ? (lang === 'sv' ? entry.labelSv : entry.labelEn) : code };
    }),
    capacity: record.capacity,
    description: record.description,
    contact: {
      name: record.contactName,
      email: record.contactEmail,
      phone: record.contactPhone,
      website: record.website,
    },
    collaborations: record.collaborations,
    lastConfirmedOn: record.lastConfirmedOn,
    claimed: record.organisationId !== null,
    version: record.version,
  };
}

/** A page of a search, its total and its facets. */
export function presentSearch(
  result: ActorSearchResult,
  page: { limit: number; offset: number },
  lang: Lang,
) {
  return {
    exact: result.exact,
    total: result.total,
    limit: page.limit,
    offset: page.offset,
    hits: result.hits.map((hit) => ({ ...presentActor(hit, lang), score: hit.score })),
    facets: {
      lan: result.facets.lan.map((f) => ({ ...f, name: areaName(f.code, lang) })),
      kommun: result.facets.kommun.map((f) => ({ ...f, name: areaName(f.code, lang) })),
      goals: result.facets.goals.map((f) => ({ ...f, name: goalName(f.id, lang) })),
      legalForms: result.facets.legalForms,
      registered: result.facets.registered,
    },
  };
}
