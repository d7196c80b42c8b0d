// Accounts: organisations and members, passwords, sessions, CSRF, throttling, API tokens, mail
// and the audit log, stored in the database.
export * from './api-tokens';
export * from './audit-log';
export * from './csrf';
export * from './mailer';
export * from './organisations';
export * from './password-hashing';
export * from './rate-limiter';
export * from './secret-token';
export * from './session-store';
export * from './sign-in-throttle';
export * from './users';
export * from './invitations';
export * from './memberships';
export * from './organisation-profile';
export * from './housekeeping';
export * from './oidc-client';
export * from './oidc-providers';
export * from './password-reset';
export * from './personal-data';
