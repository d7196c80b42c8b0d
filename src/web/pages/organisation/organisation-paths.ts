// The addresses the organisation's forms post to, below the pages of ACCOUNT_PATHS.
import { ACCOUNT_PATHS } from '../../auth/account-paths';

/** Form targets of the organisation pages. */
export const ORGANISATION_FORM_PATHS = {
  legalForm: `${ACCOUNT_PATHS.organisation}/juridisk-form`,
  changeRole: `${ACCOUNT_PATHS.members}/roll`,
  removeMember: `${ACCOUNT_PATHS.members}/ta-bort`,
  revokeInvitation: `${ACCOUNT_PATHS.invitations}/aterkalla`,
  revokeApiToken: `${ACCOUNT_PATHS.apiTokens}/aterkalla`,
} as const;

/** The address of the page where the holder of `token` accepts an invitation. */
export function invitationPath(token: string): string {
  return `${ACCOUNT_PATHS.invitation}/${encodeURIComponent(token)}`;
}
