// The pages that need an account: sign-in and sign-up, the account, the organisation, saved
// cases, password reset, sign-in through an identity provider, the privacy page, the directory of
// actors, the challenge board and matching. They share one scope that reads form posts and
// refuses any post without its CSRF token.
import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import { csrfGuard } from './auth/csrf-guard';
import { registerAccountRoutes } from './pages/account/account-routes';
import { registerCaseRoutes } from './pages/cases/case-routes';
import { registerChallengeRoutes } from './pages/challenges/challenges-routes';
import { registerDirectoryRoutes } from './pages/directory/directory-routes';
import { registerMatchingRoutes } from './pages/matching/matching-routes';
import { registerOidcRoutes } from './pages/oidc/oidc-routes';
import { registerOrganisationRoutes } from './pages/organisation/organisation-routes';
import { registerSignInRoutes } from './pages/sign-in/sign-in-routes';

/** Registers the account areas in a scope of their own. */
export async function registerAccountAreas(app: FastifyInstance): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(formbody, { bodyLimit: 64 * 1024 });
    scope.addHook('preValidation', csrfGuard);
    registerSignInRoutes(scope);
    registerAccountRoutes(scope);
    registerOrganisationRoutes(scope);
    registerCaseRoutes(scope);
    registerOidcRoutes(scope);
    registerDirectoryRoutes(scope);
    registerChallengeRoutes(scope);
    registerMatchingRoutes(scope);
  });
}
