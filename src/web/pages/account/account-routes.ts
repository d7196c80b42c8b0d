// Routes of the account page, password reset, sign-out everywhere, personal data export and
// deletion, and the privacy page. The account's own pages need a signed-in person but no
// organisation: they are about the person, whatever organisations they belong to.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  changePassword,
  completePasswordReset,
  createPasswordReset,
  deleteAccount,
  endAllSessions,
  exportPersonalData,
  findLiveReset,
  findUserByEmail,
  findUserById,
  hashPassword,
  hitRateLimit,
  lastOwnerBlocks,
  PASSWORD_RESET_LIMIT,
  PASSWORD_RESET_TTL_MS,
  passwordResetRateKeys,
  recordSignInFailure,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  setAccountDetails,
  signInRetryAfter,
  verifyPassword,
  type Session,
} from '../../../accounts/index';
import {
  accountProblemText,
  emailProblems,
  newPasswordProblems,
  textProblems,
  type FieldProblem,
} from '../../../domain/accounts/index';
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { signInHref } from '../../auth/access-guard';
import { COOKIE_OPTIONS, SESSION_COOKIE } from '../../auth/auth-cookies';
import { beginSession, formCsrfToken } from '../../auth/request-auth';
import { accountMessages } from '../../locales/account-messages';
import { webMessages } from '../../locales/index';
import { pathInLang, requestLang } from '../../request-lang';
import { formText } from '../sign-in/sign-in-routes';
import { renderAccountPage, type AccountField } from './account-page';
import {
  confirmationField,
  renderAccountDeletedPage,
  renderDeleteAccountPage,
} from './delete-account-page';
import { redactedRequestLog } from './log-redaction';
import {
  renderNewPasswordPage,
  renderResetLinkInvalidPage,
  renderResetRequestPage,
  renderResetSentPage,
  type NewPasswordField,
} from './password-reset-pages';
import { renderPrivacyPage } from './privacy-page';
import { siteOrigin } from './site-origin';

const HTML = 'text/html; charset=utf-8';
const HOUR = 60 * 60 * 1000;
const RESET_MINUTES = PASSWORD_RESET_TTL_MS / 60_000;

/** The path of a reset link with `token`. */
export function passwordResetLinkPath(token: string): string {
  return `${ACCOUNT_PATHS.passwordResetLink}/${token}`;
}

function withQuery(path: string, query: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}

/**
 * The signed-in person, or undefined after sending them to sign in (back to the account page
 * after a form, since a form's address cannot be opened).
 */
function signedIn(request: FastifyRequest, reply: FastifyReply): Session | undefined {
  if (request.account) return request.account;
  const lang = requestLang(request);
  const back = request.method === 'GET' ? request.url : pathInLang(ACCOUNT_PATHS.account, lang);
  void reply.redirect(signInHref(back, lang), 303);
  return undefined;
}

/** Registers the routes of the account page, password reset, sign-out everywhere, personal data export and deletion, and the privacy page. */
export function registerAccountRoutes(app: FastifyInstance): void {
  app.get(ACCOUNT_PATHS.privacy, (request, reply) =>
    reply.type(HTML).send(renderPrivacyPage(requestLang(request))),
  );

  app.get(ACCOUNT_PATHS.account, async (request, reply) => {
    const session = signedIn(request, reply);
    if (!session) return reply;
    const lang = requestLang(request);
    const t = accountMessages(lang).account;
    const query = request.query as Record<string, unknown>;
    const notice =
      query.sparat !== undefined
        ? t.detailsSaved
        : query.losenord !== undefined
          ? t.passwordChanged
          : undefined;
    return accountPage(request, reply, session, { status: 200, errors: {}, values: {}, notice });
  });

  app.post(ACCOUNT_PATHS.account, async (request, reply) => {
    const session = signedIn(request, reply);
    if (!session) return reply;
    const lang = requestLang(request);
    const name = formText(request.body, 'name');
    const chosen = formText(request.body, 'lang');
    const errors = fieldErrors(textProblems('name', name), lang);
    if (chosen !== 'sv' && chosen !== 'en') {
      errors.lang = [accountProblemText({ code: 'required' }, lang)];
    }
    if (Object.keys(errors).length > 0 || (chosen !== 'sv' && chosen !== 'en')) {
      return accountPage(request, reply, session, {
        status: 400,
        errors,
        values: { name, lang: chosen },
      });
    }
    await setAccountDetails(request.server.db, { userId: session.user.id, name, lang: chosen });
    return reply.redirect(withQuery(pathInLang(ACCOUNT_PATHS.account, lang), 'sparat=1'), 303);
  });

  app.post(ACCOUNT_PATHS.changePassword, (request, reply) => changeOwnPassword(request, reply));

  app.post(ACCOUNT_PATHS.signOutEverywhere, async (request, reply) => {
    const session = signedIn(request, reply);
    if (!session) return reply;
    const ended = await endAllSessions(request.server.db, session.user.id);
    request.account = null;
    reply.clearCookie(SESSION_COOKIE, COOKIE_OPTIONS);
    request.log.info({ sessions: ended }, 'signed out everywhere');
    const target = pathInLang(ACCOUNT_PATHS.signIn, requestLang(request));
    return reply.redirect(withQuery(target, 'utloggad=1'), 303);
  });

  app.get(ACCOUNT_PATHS.personalDataExport, async (request, reply) => {
    const session = signedIn(request, reply);
    if (!session) return reply;
    const { db, now } = request.server;
    const at = now();
    const data = await exportPersonalData(db, session.user.id, at);
    const name = `${accountMessages(requestLang(request)).export.fileName}-${at.toISOString().slice(0, 10)}.json`;
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .send(JSON.stringify(data, null, 2));
  });

  app.get(ACCOUNT_PATHS.deleteAccount, async (request, reply) => {
    const lang = requestLang(request);
    const query = request.query as Record<string, unknown>;
    if (!request.account && query.raderat !== undefined) {
      return reply.type(HTML).send(renderAccountDeletedPage(lang));
    }
    const session = signedIn(request, reply);
    if (!session) return reply;
    return deletePage(request, reply, session, 200);
  });

  app.post(ACCOUNT_PATHS.deleteAccount, (request, reply) => deleteOwnAccount(request, reply));

  app.get(ACCOUNT_PATHS.passwordReset, async (request, reply) =>
    reply.type(HTML).send(
      renderResetRequestPage({
        lang: requestLang(request),
        csrfToken: await formCsrfToken(request, reply),
        email: '',
        emailErrors: [],
      }),
    ),
  );

  app.post(ACCOUNT_PATHS.passwordReset, (request, reply) => requestReset(request, reply));

  const linkPath = `${ACCOUNT_PATHS.passwordResetLink}/:token`;
  const hidden = redactedRequestLog(`${ACCOUNT_PATHS.passwordResetLink}/…`);
  app.get(linkPath, hidden, async (request, reply) => {
    const lang = requestLang(request);
    const { token } = request.params as { token: string };
    const { db, now } = request.server;
    const reset = await findLiveReset(db, token, now());
    if (!reset) return reply.code(404).type(HTML).send(renderResetLinkInvalidPage(lang));
    return reply.type(HTML).send(
      renderNewPasswordPage({
        lang,
        csrfToken: await formCsrfToken(request, reply),
        action: passwordResetLinkPath(token),
        email: reset.email,
        errors: {},
      }),
    );
  });
  app.post(linkPath, hidden, (request, reply) => useResetLink(request, reply));
}

function fieldErrors<F extends string>(
  problems: readonly FieldProblem[],
  lang: Lang,
): Partial<Record<F, string[]>> {
  const errors: Partial<Record<F, string[]>> = {};
  for (const p of problems) {
    (errors[p.field as F] ??= []).push(accountProblemText(p.problem, lang));
  }
  return errors;
}

/**
 * When the session ends if no other request comes: this request counts as activity, so the idle
 * end is measured from now (the stored last-seen time is written at most once a minute, so it
 * may lag by that), and never later than the absolute end.
 */
function sessionEnd(session: Session, now: Date): Date {
  return new Date(
    Math.min(session.createdAt.getTime() + SESSION_MAX_MS, now.getTime() + SESSION_IDLE_MS),
  );
}

async function accountPage(
  request: FastifyRequest,
  reply: FastifyReply,
  session: Session,
  page: {
    status: number;
    errors: Partial<Record<AccountField, string[]>>;
    values: { name?: string; lang?: string };
    notice?: string | undefined;
  },
): Promise<FastifyReply> {
  const user = await findUserById(request.server.db, session.user.id);
  return reply
    .code(page.status)
    .type(HTML)
    .send(
      renderAccountPage({
        lang: requestLang(request),
        csrfToken: await formCsrfToken(request, reply),
        user: session.user,
        hasPassword: user?.passwordHash != null,
        memberships: session.memberships,
        session: { method: session.method, expiresAt: sessionEnd(session, request.server.now()) },
        sessionRule: { idleHours: SESSION_IDLE_MS / HOUR, maxHours: SESSION_MAX_MS / HOUR },
        values: page.values,
        errors: page.errors,
        notice: page.notice,
      }),
    );
}

/**
 * Changes the password after checking the current one. Wrong current passwords count as failed
 * sign-ins, so a session left open cannot be used to guess the password.
 */
async function changeOwnPassword(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const session = signedIn(request, reply);
  if (!session) return reply;
  const lang = requestLang(request);
  const t = accountMessages(lang).account;
  const current = formText(request.body, 'currentPassword');
  const next = formText(request.body, 'newPassword');
  const confirm = formText(request.body, 'newPasswordConfirm');
  const again = (status: number, errors: Partial<Record<AccountField, string[]>>) =>
    accountPage(request, reply, session, { status, errors, values: {} });

  const { db, now } = request.server;
  const attempt = { account: session.user.email, address: request.ip, now: now() };
  const wait = await signInRetryAfter(db, attempt);
  if (wait > 0) {
    void reply.header('retry-after', String(wait));
    return again(429, { currentPassword: [webMessages(lang).errors.tooManyBody(wait)] });
  }
  const user = await findUserById(db, session.user.id);
  if (current === '') {
    return again(400, { currentPassword: [accountProblemText({ code: 'required' }, lang)] });
  }
  if (user?.passwordHash == null || !(await verifyPassword(user.passwordHash, current))) {
    await recordSignInFailure(db, attempt);
    return again(400, { currentPassword: [t.currentPasswordWrong] });
  }
  const problems = newPasswordProblems('newPassword', next, {
    email: user.email,
    confirmField: 'newPasswordConfirm',
    confirm,
  });
  if (problems.length > 0) return again(400, fieldErrors<AccountField>(problems, lang));
  const ended = await changePassword(db, {
    userId: user.id,
    passwordHash: await hashPassword(next),
    keepSessionHash: session.hash,
  });
  request.log.info({ otherSessionsEnded: ended }, 'password changed');
  return reply.redirect(withQuery(pathInLang(ACCOUNT_PATHS.account, lang), 'losenord=1'), 303);
}

async function deletePage(
  request: FastifyRequest,
  reply: FastifyReply,
  session: Session,
  status: number,
  error?: string,
): Promise<FastifyReply> {
  const { db } = request.server;
  const user = await findUserById(db, session.user.id);
  return reply
    .code(status)
    .type(HTML)
    .send(
      renderDeleteAccountPage({
        lang: requestLang(request),
        csrfToken: await formCsrfToken(request, reply),
        email: session.user.email,
        hasPassword: user?.passwordHash != null,
        blocks: await lastOwnerBlocks(db, session.user.id),
        error,
      }),
    );
}

async function deleteOwnAccount(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const session = signedIn(request, reply);
  if (!session) return reply;
  const lang = requestLang(request);
  const t = accountMessages(lang).deletion;
  const { db, now } = request.server;
  const user = await findUserById(db, session.user.id);
  if (!user) return reply.redirect(pathInLang(ACCOUNT_PATHS.signIn, lang), 303);

  const field = confirmationField(user.passwordHash !== null);
  const typed = formText(request.body, field);
  if (typed.trim() === '') {
    return deletePage(request, reply, session, 400, accountProblemText({ code: 'required' }, lang));
  }
  if (user.passwordHash !== null) {
    const attempt = { account: user.email, address: request.ip, now: now() };
    const wait = await signInRetryAfter(db, attempt);
    if (wait > 0) {
      void reply.header('retry-after', String(wait));
      return deletePage(request, reply, session, 429, webMessages(lang).errors.tooManyBody(wait));
    }
    if (!(await verifyPassword(user.passwordHash, typed))) {
      await recordSignInFailure(db, attempt);
      return deletePage(request, reply, session, 400, t.passwordWrong);
    }
  } else if (typed.trim().toLowerCase() !== user.email.trim().toLowerCase()) {
    return deletePage(request, reply, session, 400, t.emailDiffers);
  }

  const result = await deleteAccount(db, { userId: user.id, now: now() });
  if (result.status === 'last-owner') return deletePage(request, reply, session, 409);
  request.account = null;
  reply.clearCookie(SESSION_COOKIE, COOKIE_OPTIONS);
  request.log.info('account deleted by its owner');
  return reply.redirect(withQuery(pathInLang(ACCOUNT_PATHS.deleteAccount, lang), 'raderat=1'), 303);
}

/**
 * Answers a reset request with the same page whatever the address: whether it has an account
 * is decided, and the mail sent, after the answer has gone, so that neither the page nor the time
 * it takes tells. Both the address asked for and the client are limited in how often they ask.
 */
async function requestReset(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const lang = requestLang(request);
  const email = formText(request.body, 'email').trim();
  const again = async (status: number, emailErrors: string[], failure?: string) =>
    reply
      .code(status)
      .type(HTML)
      .send(
        renderResetRequestPage({
          lang,
          csrfToken: await formCsrfToken(request, reply),
          email,
          emailErrors,
          failure,
        }),
      );
  const problems = emailProblems('email', email);
  if (problems.length > 0) {
    return again(
      400,
      problems.map((p) => accountProblemText(p.problem, lang)),
    );
  }

  const { db, now, mailer } = request.server;
  const at = now();
  let wait = 0;
  for (const key of passwordResetRateKeys(email, request.ip)) {
    const decision = await hitRateLimit(db, key, PASSWORD_RESET_LIMIT, at);
    if (!decision.allowed) wait = Math.max(wait, decision.retryAfter);
  }
  if (wait > 0) {
    void reply.header('retry-after', String(wait));
    return again(429, [], webMessages(lang).errors.tooManyBody(wait));
  }

  const origin = siteOrigin(request);
  const log = request.log;
  void (async () => {
    const user = await findUserByEmail(db, email);
    if (!user) return;
    const token = await createPasswordReset(db, { userId: user.id, now: at });
    const t = accountMessages(user.lang).reset;
    const link = `${origin}${pathInLang(passwordResetLinkPath(token), user.lang)}`;
    await mailer.send(
      db,
      { to: user.email, subject: t.mailSubject, text: t.mailBody(link, RESET_MINUTES) },
      at,
    );
  })().catch((error: unknown) => {
    log.error({ err: error }, 'password reset mail could not be sent');
  });
  return reply.type(HTML).send(renderResetSentPage(lang, email, RESET_MINUTES));
}

async function useResetLink(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const lang = requestLang(request);
  const { token } = request.params as { token: string };
  const { db, now } = request.server;
  const invalid = () => reply.code(404).type(HTML).send(renderResetLinkInvalidPage(lang));
  const reset = await findLiveReset(db, token, now());
  if (!reset) return invalid();
  const password = formText(request.body, 'newPassword');
  const problems = newPasswordProblems('newPassword', password, {
    email: reset.email,
    confirmField: 'newPasswordConfirm',
    confirm: formText(request.body, 'newPasswordConfirm'),
  });
  if (problems.length > 0) {
    return reply
      .code(400)
      .type(HTML)
      .send(
        renderNewPasswordPage({
          lang,
          csrfToken: await formCsrfToken(request, reply),
          action: passwordResetLinkPath(token),
          email: reset.email,
          errors: fieldErrors<NewPasswordField>(problems, lang),
        }),
      );
  }
  const userId = await completePasswordReset(db, {
    token,
    passwordHash: await hashPassword(password),
    now: now(),
  });
  // Used by another request while the password was being hashed.
  if (userId === undefined) return invalid();
  await beginSession(request, reply, { userId, method: 'password-reset' });
  request.log.info('password reset with a mailed link');
  return reply.redirect(withQuery(pathInLang(ACCOUNT_PATHS.account, lang), 'losenord=1'), 303);
}
