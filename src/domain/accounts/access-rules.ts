/**
 * Who may do what inside an organisation: the roles of its members and the scopes of its API
 * tokens, each mapped to the actions it allows. The pages, the API and the tests all read this
 * one table, so an access rule is changed in one place.
 */

/** The roles a member of an organisation can have, most powerful first. */
export const ROLES = ['owner', 'editor', 'reader'] as const;
/** A member's role. */
export type Role = (typeof ROLES)[number];

/** The scopes of an API token; `write` includes everything `read` allows. */
export const TOKEN_SCOPES = ['read', 'write'] as const;
/** An API token's scope. */
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** Everything inside an organisation that is allowed to some and not to others. */
export const ACTIONS = [
  /** list and open saved cases, with their notes, decisions and assessments */
  'case.read',
  /** download the decision memo of a saved case (recorded in the audit log) */
  'case.export',
  /** save a new case */
  'case.create',
  /** rename, re-assess, add notes */
  'case.update',
  /** archive and bring back */
  'case.archive',
  /** record the final decision */
  'case.decide',
  /** read the audit log */
  'audit.read',
  /** see members and invitations */
  'members.read',
  /** invite, change roles, remove members */
  'members.manage',
  /** create and revoke API tokens */
  'tokens.manage',
  /** change the organisation's name and identity provider */
  'organisation.manage',
  /** create, edit, claim and confirm the organisation's own entry in the directory */
  'profile.update',
  /** suggest an organisation for the directory, or import a list of them (public bodies) */
  'directory.suggest',
  /** post a challenge or an initiative on the board */
  'challenge.create',
  /** edit the organisation's own challenges and initiatives, and change their status */
  'challenge.update',
  /** read the interest the organisation registered or received, with its messages */
  'interest.read',
  /** register interest in a challenge, and write in the conversation that follows */
  'interest.write',
] as const;
/** One of {@link ACTIONS}. */
export type Action = (typeof ACTIONS)[number];

const READ: readonly Action[] = ['case.read', 'case.export', 'members.read', 'interest.read'];
const WRITE: readonly Action[] = [
  ...READ,
  'case.create',
  'case.update',
  'case.archive',
  'case.decide',
  'profile.update',
  'directory.suggest',
  'challenge.create',
  'challenge.update',
  'interest.write',
];

/**
 * The actions of each role. Owners run the organisation; editors work on cases, the directory
 * entry, challenges and conversations; readers read.
 */
export const ROLE_ACTIONS: Readonly<Record<Role, readonly Action[]>> = {
  owner: [...WRITE, 'audit.read', 'members.manage', 'tokens.manage', 'organisation.manage'],
  editor: WRITE,
  reader: READ,
};

/**
 * The actions of each token scope. A token acts for its organisation on its cases, its directory
 * entry, its challenges and its conversations: it never manages members, tokens or the
 * organisation, and never reads the audit log.
 */
export const SCOPE_ACTIONS: Readonly<Record<TokenScope, readonly Action[]>> = {
  read: ['case.read', 'case.export', 'interest.read'],
  write: [
    'case.read',
    'case.export',
    'case.create',
    'case.update',
    'case.archive',
    'case.decide',
    'interest.read',
    'profile.update',
    'directory.suggest',
    'challenge.create',
    'challenge.update',
    'interest.write',
  ],
};

/** Whether a member with `role` may do `action` in their organisation. */
export function roleAllows(role: Role, action: Action): boolean {
  return ROLE_ACTIONS[role].includes(action);
}

/** Whether a token with `scope` may do `action` for its organisation. */
export function scopeAllows(scope: TokenScope, action: Action): boolean {
  return SCOPE_ACTIONS[scope].includes(action);
}

/** Whether `value` is a role. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether `value` is a token scope. */
export function isTokenScope(value: unknown): value is TokenScope {
  return typeof value === 'string' && (TOKEN_SCOPES as readonly string[]).includes(value);
}

/** The kinds of organisation: public bodies, idéburna organisationer and social enterprises. */
export const ORGANISATION_KINDS = ['public-body', 'ideburen', 'social-enterprise'] as const;
/** One of {@link ORGANISATION_KINDS}. */
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Whether `value` is an organisation kind. */
export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return typeof value === 'string' && (ORGANISATION_KINDS as readonly string[]).includes(value);
}
