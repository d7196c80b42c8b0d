// Texts of the directory's pages: the list with its search and filters, an entry, the
// organisation's own entry and a public body's suggestion.
import type { ActorKind } from '../../domain/directory/index';
import type { Lang } from '../../engine/index';
import { directoryEn } from './directory-en';
import { directorySv } from './directory-sv';

/** Outcomes told at the top of the own entry's page after a form was sent. */
export type OwnEntryNotice = 'created' | 'updated' | 'claimed' | 'confirmed';

/** The labels and hints of an entry's fields, shared by the forms and the entry page. */
export interface ActorFieldTexts {
  orgnr: string;
  orgnrHint: string;
  name: string;
  kind: string;
  legalForm: string;
  legalFormUnknown: string;
  registeredIdeburen: string;
  registeredIdeburenHint: string;
  registeredIdeburenOn: string;
  registeredIdeburenOnHint: string;
  workIntegrationMainAim: string;
  workIntegrationMainAimHint: string;
  disadvantagedStaffShare: string;
  disadvantagedStaffShareHint: string;
  areaCodes: string;
  areaCodesHint: string;
  /** the summary of one län's group: its name and how many of its areas are chosen */
  areaGroup: (county: string, chosen: number) => string;
  /** the checkbox of a whole län */
  wholeCounty: (county: string) => string;
  goals: string;
  goalsHint: string;
  sdgs: string;
  themes: string;
  cpv: string;
  cpvHint: string;
  capacity: string;
  capacityHint: string;
  description: string;
  descriptionHint: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  website: string;
  collaborations: string;
  collaborationsHint: string;
  collaboration: (n: number) => string;
  collaborationTitle: string;
  collaborationPartner: string;
  collaborationYear: string;
  collaborationForm: string;
  collaborationFormNone: string;
  collaborationDescription: string;
  yes: string;
  no: string;
  unknown: string;
}

/** The directory's texts in one language. */
export interface DirectoryMessages {
  errorPrefix: string;
  summaryTitle: string;
  kinds: Record<ActorKind, string>;
  fields: ActorFieldTexts;
  list: {
    title: string;
    heading: string;
    lead: string;
    searchLabel: string;
    searchHint: string;
    searchButton: string;
    filtersHeading: string;
    lanLabel: string;
    kommunLabel: string;
    anyLan: string;
    anyKommun: string;
    kommunHint: string;
    anyKind: string;
    any: string;
    registeredYes: string;
    registeredNo: string;
    workIntegrationYes: string;
    workIntegrationNo: string;
    /** an option or checkbox with the number of entries it finds */
    withCount: (label: string, count: number) => string;
    applyButton: string;
    clearFilters: string;
    /** the heading of the results: how many were found */
    total: (n: number) => string;
    /** the heading of the results when there are more than the exact limit (n) */
    totalMore: (n: number) => string;
    /** why a large result has no counts and comes by name */
    notCounted: (n: number) => string;
    /** what the words searched for were */
    searchedFor: (q: string) => string;
    noResults: string;
    noResultsHelp: readonly string[];
    /** the directory has no listed entry at all */
    emptyDirectory: string;
    emptyDirectoryHelp: readonly string[];
    /** a page past the last */
    pastLastPage: string;
    backToFirstPage: string;
    ignoredHeading: string;
    ignored: (param: string, value: string) => string;
    params: {
      lan: string;
      kommun: string;
      goals: string;
      legalForms: string;
      registered: string;
      kind: string;
      workIntegration: string;
      page: string;
    };
    areasServed: (areas: string) => string;
    moreAreas: (n: number) => string;
    lastConfirmed: (date: string) => string;
    notConfirmed: string;
    fromImport: string;
    exportHeading: string;
    exportLead: string;
    exportCsv: string;
    exportJson: string;
    suggestLead: string;
    suggestLink: string;
    pagination: {
      label: string;
      previous: string;
      next: string;
      pageOf: (page: number, pages: number) => string;
      /** a page of a result whose size is not counted */
      page: (page: number) => string;
    };
  };
  entry: {
    caption: string;
    factsHeading: string;
    registeredSince: (date: string) => string;
    shareOfStaff: (percent: string) => string;
    mainAim: string;
    notMainAim: string;
    none: string;
    notGiven: string;
    contactHeading: string;
    collaborationsHeading: string;
    collaborationPartner: (partner: string) => string;
    collaborationYear: (year: number) => string;
    lastConfirmed: string;
    notConfirmed: string;
    keptByOrganisation: string;
    fromImport: string;
    suggested: string;
    unlistedNote: string;
    matches: string;
    edit: string;
    back: string;
    cpvUnknownLabel: string;
  };
  own: {
    title: string;
    heading: string;
    lead: string;
    readOnly: string;
    noEntryYet: string;
    publicBody: string;
    suggestLink: string;
    noOrgnr: string;
    organisationLink: string;
    claimHeading: string;
    claimLead: string;
    claimImported: string;
    claimSuggested: string;
    importedHeading: string;
    orgnrOfOrganisation: string;
    saveButton: string;
    createButton: string;
    claimButton: string;
    confirmHeading: string;
    confirmLead: (date: string | null) => string;
    confirmButton: string;
    viewEntry: string;
    notices: Record<OwnEntryNotice, string>;
    conflict: string;
    inputKept: string;
    orgnrMismatch: string;
    notAnActor: string;
    nothingToConfirm: string;
    sectionBasics: string;
    sectionRegister: string;
    sectionAreas: string;
    sectionServices: string;
    sectionContact: string;
  };
  suggest: {
    title: string;
    heading: string;
    lead: string;
    button: string;
    createdHeading: string;
    created: (name: string) => string;
    createdNext: string;
    existsHeading: string;
    exists: string;
    existsHidden: string;
    viewEntry: string;
    another: string;
  };
}

const CATALOGUE: Readonly<Record<Lang, DirectoryMessages>> = { sv: directorySv, en: directoryEn };

/** The directory's texts in `lang`. */
export function directoryMessages(lang: Lang): DirectoryMessages {
  return CATALOGUE[lang];
}
