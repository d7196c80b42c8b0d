// Who is looking at the page being rendered: the layout shows the account links and the sign-out
// form from it. The request hook puts it in async-local storage, so page renderers do not each
// have to pass it along.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Membership, SessionUser } from '../../accounts/index';

/** What the layout needs to know of the viewer. */
export interface Viewer {
  /** undefined when nobody is signed in */
  user?: SessionUser | undefined;
  /** the organisation the signed-in person works in */
  organisation?: Membership | null | undefined;
  /** how many organisations the person belongs to (the switch is shown for more than one) */
  membershipCount?: number;
  /** the CSRF token for forms on this page, when the viewer has one */
  csrfToken?: string | undefined;
}

const storage = new AsyncLocalStorage<Viewer>();

/** Runs `work` with `viewer` as the current viewer. */
export function runWithViewer(viewer: Viewer, work: () => void): void {
  storage.run(viewer, work);
}

/** The viewer of the request being handled; nobody outside a request. */
export function currentViewer(): Viewer {
  return storage.getStore() ?? {};
}
