// Sign-in (GET and POST /logga-in), sign-out (POST /logga-ut) and sign-up (GET and POST
// /registrera). A failed sign-in gets one message that does not say whether the address has an
// account; after SIGN_IN_FAILURE_LIMIT failures for the account or the address within the window
// every attempt is answered 429 with Retry-After until the window has passed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  appendAudit,
  createOrganisation,
  createUser,
  EmailTakenError,
  findUserByEmail,
  hashPassword,
  needsRehash,
  OrgnrTakenError,
  recordSignInFailure,
  setPasswordHash,
  signInRetryAfter,
  verifyNothing,
  verifyPassword,
} from '../../../accounts/index';
import {
  accountProblemText,
  emailProblems,
  newPasswordProblems,
  textProblems,
  validateOrganisation,
  type FieldProblem,
} from '../../../domain/accounts/index';
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { safeReturnPath } from '../../auth/access-guard';
import { beginSession, finishSession, formCsrfToken } from '../../auth/request-auth';
import { signInMessages } from '../../locales/sign-in-messages';
import { webMessages } from '../../locales/index';
import { pathInLang, requestLang } from '../../request-lang';
import { renderSignInPage } from './sign-in-page';
import { renderSignUpPage, SIGN_UP_FIELDS, type SignUpField } from './sign-up-page';

const HTML = 'text/html; charset=utf-8';

/** A form field as a string: absent or repeated fields count as empty or the first value. */
export function formText(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  const first: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof first === 'string' ? first : '';
}

/** Where to go after sign-in when the page did not say: the saved cases. */
function landing(next: string, lang: Lang): string {
  return next === '/' ? pathInLang(ACCOUNT_PATHS.cases, lang) : next;
}

/** Registers sign-in, sign-out and sign-up. */
export function registerSignInRoutes(app: FastifyInstance): void {
  app.get(ACCOUNT_PATHS.signIn, async (request, reply) => {
    const lang = requestLang(request);
    const query = request.query as Record<string, unknown>;
    if (request.account) return reply.redirect(landing(safeReturnPath(query.next), lang), 303);
    return reply.type(HTML).send(
      renderSignInPage({
        lang,
        csrfToken: await formCsrfToken(request, reply),
        next: safeReturnPath(query.next),
        email: '',
        fieldErrors: {},
        notice: query.utloggad !== undefined ? signInMessages(lang).signIn.signedOut : undefined,
      }),
    );
  });

  app.post(ACCOUNT_PATHS.signIn, async (request, reply) => {
    const lang = requestLang(request);
    const t = signInMessages(lang).signIn;
    const email = formText(request.body, 'email').trim();
    const password = formText(request.body, 'password');
    const next = safeReturnPath(formText(request.body, 'next'));
    const page = async (
      status: number,
      extra: { failure?: string; fieldErrors?: SignInFieldErrors },
    ) =>
      reply
        .code(status)
        .type(HTML)
        .send(
          renderSignInPage({
            lang,
            csrfToken: await formCsrfToken(request, reply),
            next,
            email,
            fieldErrors: extra.fieldErrors ?? {},
            failure: extra.failure,
          }),
        );

    const fieldErrors: SignInFieldErrors = {};
    if (email === '') fieldErrors.email = [accountProblemText({ code: 'required' }, lang)];
    if (password === '') fieldErrors.password = [accountProblemText({ code: 'required' }, lang)];
    if (fieldErrors.email || fieldErrors.password) return page(400, { fieldErrors });

    const { db, now } = request.server;
    const attempt = { account: email, address: request.ip, now: now() };
    const wait = await signInRetryAfter(db, attempt);
    if (wait > 0) {
      void reply.header('retry-after', String(wait));
      return page(429, { failure: webMessages(lang).errors.tooManyBody(wait) });
    }
    const user = await findUserByEmail(db, email);
    const valid =
      user?.passwordHash != null
        ? await verifyPassword(user.passwordHash, password)
        : await verifyNothing(password);
    if (!user || !valid) {
      await recordSignInFailure(db, attempt);
      request.log.info({ address: request.ip }, 'sign-in failed');
      return page(401, { failure: t.failed });
    }
    if (user.passwordHash !== null && needsRehash(user.passwordHash)) {
      await setPasswordHash(db, user.id, await hashPassword(password));
    }
    await beginSession(request, reply, { userId: user.id, method: 'password' });
    return reply.redirect(landing(next, lang), 303);
  });

  app.post(ACCOUNT_PATHS.signOut, async (request, reply) => {
    const lang = requestLang(request);
    await finishSession(request, reply);
    const target = pathInLang(ACCOUNT_PATHS.signIn, lang);
    return reply.redirect(`${target}${target.includes('?') ? '&' : '?'}utloggad=1`, 303);
  });

  app.get(ACCOUNT_PATHS.signUp, async (request, reply) => {
    const lang = requestLang(request);
    return reply.type(HTML).send(
      renderSignUpPage({
        lang,
        csrfToken: await formCsrfToken(request, reply),
        values: {},
        errors: {},
      }),
    );
  });

  app.post(ACCOUNT_PATHS.signUp, (request, reply) => signUp(request, reply));
}

type SignInFieldErrors = { email?: string[]; password?: string[] };

async function signUp(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const lang = requestLang(request);
  const t = signInMessages(lang).signUp;
  const values = Object.fromEntries(
    SIGN_UP_FIELDS.map((f) => [f, formText(request.body, f)]),
  ) as Record<SignUpField, string>;
  const problems: FieldProblem[] = [
    ...textProblems('name', values.name),
    ...emailProblems('email', values.email),
    ...newPasswordProblems('password', values.password, {
      email: values.email,
      confirmField: 'passwordConfirm',
      confirm: values.passwordConfirm,
    }),
  ];
  const organisation = validateOrganisation({
    name: values.organisationName,
    orgnr: values.orgnr,
    kind: values.kind,
  });
  if (!organisation.ok) {
    problems.push(
      ...organisation.problems.map((p) => ({
        ...p,
        field: p.field === 'name' ? 'organisationName' : p.field,
      })),
    );
  }
  const errors: Partial<Record<SignUpField, string[]>> = {};
  for (const p of problems) {
    (errors[p.field as SignUpField] ??= []).push(accountProblemText(p.problem, lang));
  }
  const again = async (status: number) =>
    reply
      .code(status)
      .type(HTML)
      .send(
        renderSignUpPage({ lang, csrfToken: await formCsrfToken(request, reply), values, errors }),
      );
  if (problems.length > 0 || !organisation.ok) return again(400);

  const { db, now } = request.server;
  let created: { userId: string; organisationId: string };
  try {
    created = await db.transaction(async (tx) => {
      const user = await createUser(tx, {
        email: values.email,
        name: values.name,
        password: values.password,
        lang,
      });
      const at = now();
      const org = await createOrganisation(tx, {
        ...organisation.value,
        ownerId: user.id,
        actor: { kind: 'user', userId: user.id },
        now: at,
      });
      await appendAudit(tx, {
        organisationId: org.id,
        actor: { kind: 'user', userId: user.id },
        action: 'member.joined',
        subjectType: 'membership',
        subjectId: user.id,
        detail: { role: 'owner', via: 'sign-up' },
        at,
      });
      return { userId: user.id, organisationId: org.id };
    });
  } catch (error) {
    if (error instanceof EmailTakenError || isUniqueViolation(error, 'users_email_key')) {
      errors.email = [t.emailTaken];
      return again(409);
    }
    if (error instanceof OrgnrTakenError || isUniqueViolation(error, 'organisations_orgnr_key')) {
      errors.orgnr = [t.orgnrTaken];
      return again(409);
    }
    throw error;
  }
  await beginSession(request, reply, {
    userId: created.userId,
    method: 'sign-up',
    organisationId: created.organisationId,
  });
  return reply.redirect(pathInLang(ACCOUNT_PATHS.organisation, lang), 303);
}

/** Whether `error` is PostgreSQL's unique violation of `constraint` (a race lost to another request). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown } | null;
  return (
    e?.code === '23505' &&
    (e.constraint === constraint ||
      (typeof e.message === 'string' && e.message.includes(constraint)))
  );
}
