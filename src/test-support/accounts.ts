// Members, organisations and signed-in sessions for tests, made directly in the database so that
// a test does not spend argon2's time on every sign-in. Sign-in itself is tested through the form.
import type { FastifyInstance, InjectOptions } from 'fastify';
import {
  addMembership,
  createOrganisation,
  createSession,
  createUser,
  csrfToken,
  hashSecret,
  type UserRecord,
} from '../accounts/index';
import type { Queryable } from '../db/database';
import { luhnCheckDigit } from '../domain/orgnr/index';
import type { OrganisationKind, Role } from '../domain/accounts/index';
import { SESSION_COOKIE } from '../web/auth/auth-cookies';

/** The password every test member has. */
export const TEST_PASSWORD = 'ett långt testlösenord';

let orgnrCounter = 0;

/** A valid organisationsnummer of group 8 (ideella föreningar), different at every call. */
export function nextTestOrgnr(): string {
  orgnrCounter += 1;
  // 802…: group 8, and third and fourth digits of 20 or more, as an organisationsnummer has.
  const body = `802${String((orgnrCounter * 7919 + process.pid * 104729) % 1000000).padStart(6, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
}

let emailCounter = 0;

/** An address no other test uses. */
export function nextTestEmail(prefix = 'person'): string {
  emailCounter += 1;
  return `${prefix}-${process.pid}-${emailCounter}@exempel.se`;
}

/** A signed-in member, ready to make requests. */
export interface TestMember {
  user: UserRecord;
  organisationId: string;
  role: Role;
  /** the session id */
  sessionId: string;
  /** the Cookie header of the session */
  cookie: string;
  /** the CSRF token of forms for this session */
  csrf: string;
}

/** Creates an organisation with an owner; returns both. */
export async function createTestOrganisation(
  db: Queryable,
  app: FastifyInstance,
  options: { name?: string; kind?: OrganisationKind; now?: Date } = {},
): Promise<TestMember> {
  const now = options.now ?? new Date();
  const user = await createUser(db, {
    email: nextTestEmail('owner'),
    name: 'Ägare Test',
    password: TEST_PASSWORD,
  });
  const org = await createOrganisation(db, {
    name: options.name ?? `Organisation ${orgnrCounter + 1}`,
    orgnr: nextTestOrgnr(),
    kind: options.kind ?? 'public-body',
    ownerId: user.id,
    actor: { kind: 'user', userId: user.id },
    now,
  });
  return signInDirectly(db, app, user, org.id, 'owner', now);
}

/** Adds a new member with `role` to an organisation, signed in. */
export async function createTestMember(
  db: Queryable,
  app: FastifyInstance,
  organisationId: string,
  role: Role,
  now = new Date(),
): Promise<TestMember> {
  const user = await createUser(db, {
    email: nextTestEmail(role),
    name: `${role} Test`,
    password: TEST_PASSWORD,
  });
  await addMembership(db, { organisationId, userId: user.id, role, now });
  return signInDirectly(db, app, user, organisationId, role, now);
}

async function signInDirectly(
  db: Queryable,
  app: FastifyInstance,
  user: UserRecord,
  organisationId: string,
  role: Role,
  now: Date,
): Promise<TestMember> {
  const sessionId = await createSession(db, {
    userId: user.id,
    method: 'password',
    now,
    organisationId,
  });
  return {
    user,
    organisationId,
    role,
    sessionId,
    cookie: `${SESSION_COOKIE}=${sessionId}`,
    csrf: csrfToken(await app.csrfKey(), `session:${hashSecret(sessionId)}`),
  };
}

/** Inject options of a form post by `member` (with its cookie and CSRF token). */
export function memberForm(
  member: Pick<TestMember, 'cookie' | 'csrf'> | undefined,
  url: string,
  fields: Record<string, string | string[]>,
): InjectOptions {
  const body = new URLSearchParams();
  const all: Record<string, string | string[]> = member ? { ...fields, csrf: member.csrf } : fields;
  for (const [name, value] of Object.entries(all)) {
    const values: string[] = Array.isArray(value) ? value : [value];
    for (const v of values) body.append(name, v);
  }
  return {
    method: 'POST',
    url,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(member ? { cookie: member.cookie } : {}),
    },
    payload: body.toString(),
  };
}

/** Inject options of a GET by `member`. */
export function memberGet(
  member: Pick<TestMember, 'cookie'> | undefined,
  url: string,
): InjectOptions {
  return { method: 'GET', url, headers: member ? { cookie: member.cookie } : {} };
}
