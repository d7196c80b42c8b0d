// Texts of the organisation pages: the organisation, its members, invitations, API tokens and
// audit log, and the page where an invited person accepts.
import type { AuditAction } from '../../accounts/index';
import type { OrganisationKind, Role, TokenScope } from '../../domain/accounts/index';
import type { Lang } from '../../engine/index';
import type { LegalForm } from '../../rules/index';
import { organisationEn } from './organisation-en';
import { organisationSv } from './organisation-sv';

/** What an audit entry's sentence is made of, already in words. */
export interface AuditWords {
  /** what the entry is about: a member's name, an address, a token's name, a case's title */
  subject: string;
  /** a role, a scope or a legal form before and after, where the entry has one */
  from?: string | undefined;
  to?: string | undefined;
  role?: string | undefined;
  scope?: string | undefined;
  /** how a member came: sign-up, a new organisation, an invitation, an identity provider */
  via?: 'sign-up' | 'created' | 'invitation' | 'oidc' | undefined;
}

/** Outcomes told at the top of a page after a form was sent (post-redirect-get). */
export type OrganisationNotice =
  | 'created'
  | 'switched'
  | 'legal-form'
  | 'joined'
  | 'already-member'
  | 'role'
  | 'removed'
  | 'left'
  | 'invitation-revoked'
  | 'token-revoked';

/** The organisation pages' texts in one language. */
export interface OrganisationMessages {
  errorPrefix: string;
  summaryTitle: string;
  /** the date and time of an event, in Swedish time */
  dateTime: (at: Date) => string;
  /** a date alone, in Swedish time */
  date: (at: Date) => string;
  notices: Record<OrganisationNotice, string>;
  nav: {
    label: string;
    overview: string;
    members: string;
    invitations: string;
    apiTokens: string;
    identityProvider: string;
    auditLog: string;
  };
  roles: Record<Role, string>;
  roleHints: Record<Role, string>;
  kinds: Record<OrganisationKind, string>;
  legalForms: Record<LegalForm, string>;
  scopes: Record<TokenScope, string>;
  scopeHints: Record<TokenScope, string>;
  /** shown for a person whose account has been deleted */
  deletedUser: string;
  you: string;
  overview: {
    title: string;
    orgnr: string;
    noOrgnr: string;
    kind: string;
    legalForm: string;
    legalFormUnset: string;
    yourRole: string;
    legalFormHeading: string;
    /** why these forms are suggested: the first digit of the number */
    legalFormSuggested: (digit: string, forms: string) => string;
    legalFormNoSuggestion: string;
    legalFormConfirmed: string;
    legalFormNotConfirmed: string;
    suggestedTag: string;
    legalFormButton: string;
    legalFormRequired: string;
    yourOrganisations: string;
    yourOrganisationsLead: string;
    current: string;
    switchButton: (name: string) => string;
    createAnother: string;
    noOrganisationTitle: string;
    noOrganisationLead: string;
    noOrganisationOthers: string;
  };
  create: {
    title: string;
    lead: string;
    name: string;
    orgnr: string;
    orgnrHint: string;
    kind: string;
    chooseKind: string;
    button: string;
    orgnrTaken: string;
  };
  members: {
    title: string;
    lead: string;
    caption: (organisation: string) => string;
    name: string;
    email: string;
    role: string;
    since: string;
    actions: string;
    roleFor: (name: string) => string;
    changeRole: string;
    changeRoleFor: (name: string) => string;
    remove: string;
    removeFor: (name: string) => string;
    lastOwner: string;
    inviteLink: string;
    confirmRemoveTitle: (name: string) => string;
    confirmRemoveBody: (name: string, organisation: string) => string;
    confirmRemoveSelfBody: (organisation: string) => string;
    confirmRemoveButton: string;
  };
  invitations: {
    title: string;
    lead: string;
    email: string;
    emailHint: string;
    role: string;
    button: string;
    roleRequired: string;
    alreadyMember: string;
    pendingHeading: string;
    pendingCaption: string;
    noPending: string;
    invitedBy: string;
    expires: string;
    revoke: string;
    revokeFor: (email: string) => string;
    confirmRevokeTitle: string;
    confirmRevokeBody: (email: string) => string;
    confirmRevokeButton: string;
    sentTitle: string;
    sent: (email: string) => string;
    notSent: (email: string) => string;
    linkLabel: string;
    linkNote: (expires: string) => string;
    mailSubject: (organisation: string) => string;
    mailBody: (m: {
      inviter: string;
      organisation: string;
      role: string;
      link: string;
      expires: string;
    }) => string;
  };
  accept: {
    title: (organisation: string) => string;
    invited: (m: { inviter: string; email: string; organisation: string; role: string }) => string;
    invitedNoInviter: (m: { email: string; organisation: string; role: string }) => string;
    validUntil: (date: string) => string;
    signedInAs: (name: string, email: string) => string;
    otherAddress: (invited: string) => string;
    joinButton: (organisation: string) => string;
    alreadyMember: (organisation: string, role: string) => string;
    toOrganisation: string;
    signInFirst: (email: string) => string;
    signInLink: string;
    createHeading: string;
    createLead: (email: string) => string;
    name: string;
    password: string;
    passwordHint: (min: number) => string;
    passwordConfirm: string;
    createButton: string;
    otherAccount: string;
    goneTitle: string;
    goneBody: string;
  };
  tokens: {
    title: string;
    lead: string;
    usageHeading: string;
    usage: string;
    createHeading: string;
    name: string;
    nameHint: string;
    scope: string;
    scopeRequired: string;
    button: string;
    createdTitle: string;
    createdOnce: string;
    secretLabel: string;
    listHeading: string;
    caption: string;
    none: string;
    created: string;
    lastUsed: string;
    never: string;
    status: string;
    active: string;
    revokedAt: (date: string) => string;
    revoke: string;
    revokeFor: (name: string) => string;
    confirmRevokeTitle: (name: string) => string;
    confirmRevokeBody: (name: string) => string;
    confirmRevokeButton: string;
  };
  audit: {
    title: string;
    lead: string;
    caption: string;
    when: string;
    who: string;
    what: string;
    none: string;
    operator: string;
    token: (name: string) => string;
    deletedToken: string;
    pages: string;
    older: string;
    newest: string;
    /** a subject that is no longer named (deleted, or outside the organisation) */
    unnamed: Record<
      | 'membership'
      | 'invitation'
      | 'token'
      | 'case'
      | 'organisation'
      | 'actor'
      | 'challenge'
      | 'interest',
      string
    >;
    actions: Record<AuditAction, (w: AuditWords) => string>;
    /** an entry of an action this version does not know */
    unknownAction: (action: string) => string;
  };
  confirm: {
    cancel: string;
  };
}

const CATALOGUE: Readonly<Record<Lang, OrganisationMessages>> = {
  sv: organisationSv,
  en: organisationEn,
};

/** The organisation texts in `lang`. */
export function organisationMessages(lang: Lang): OrganisationMessages {
  return CATALOGUE[lang];
}
