// Browser tests of the account areas: a served application whose database the test can fill
// (members, sessions, cases), browser contexts signed in as a member, and an audit of one page
// with and without JavaScript.
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildServer } from '../app/build-server';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { SESSION_COOKIE } from '../web/auth/auth-cookies';
import { axeViolations } from './axe-audit';
import { openScratchPglite, type ScratchDatabase } from './databases';

/** The served application of one test file. */
export interface ServedAccountApp {
  url(): string;
  db(): Database;
  app(): FastifyInstance;
}

/** Serves a migrated application on a free loopback port for this file's browser tests. */
export function serveAccountAppForTests(): ServedAccountApp {
  let scratch: ScratchDatabase | undefined;
  let server: FastifyInstance | undefined;
  let address = '';
  beforeAll(async () => {
    scratch = await openScratchPglite();
    await migrate(scratch.db);
    server = await buildServer({ db: scratch.db });
    address = await server.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server?.close();
    await scratch?.dispose();
  });
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the application is not started');
    return value;
  };
  return { url: () => address, db: () => need(scratch).db, app: () => need(server) };
}

/** A new browser context with JavaScript on or off, signed in with `sessionId` when given. */
export async function accountContext(
  browser: Browser,
  options: { javaScript: boolean; baseUrl: string; sessionId?: string },
): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript });
  if (options.sessionId !== undefined) {
    await context.addCookies([
      {
        name: SESSION_COOKIE,
        value: options.sessionId,
        // Chromium takes a Secure cookie only for a secure address; it sends it to loopback over
        // HTTP as well, since browsers count loopback as secure.
        url: options.baseUrl.replace(/^http:/, 'https:'),
        httpOnly: true,
        secure: true,
        sameSite: 'Lax',
      },
    ]);
  }
  return context;
}

/** The page's HTML with CSRF tokens blanked, which differ between browsers by design. */
async function comparableDocument(page: Page): Promise<string> {
  return (await page.content()).replace(/name="csrf" value="[^"]*"/g, 'name="csrf" value=""');
}

/**
 * Opens `path` without JavaScript and with it (for axe): the documents must be the same but for
 * CSRF tokens, carry no script, and have no WCAG 2.1 A/AA violation. Returns the status.
 */
export async function auditAccountPage(
  browser: Browser,
  baseUrl: string,
  path: string,
  sessionId?: string,
): Promise<number> {
  const noScript = await accountContext(browser, { javaScript: false, baseUrl, sessionId });
  const withScript = await accountContext(browser, { javaScript: true, baseUrl, sessionId });
  try {
    const plain = await noScript.newPage();
    const response = await plain.goto(`${baseUrl}${path}`);
    const audited = await withScript.newPage();
    await audited.goto(`${baseUrl}${path}`);
    expect(await comparableDocument(audited)).toEqual(await comparableDocument(plain));
    expect(await audited.locator('script').count()).toBe(0);
    expect(await axeViolations(audited)).toEqual([]);
    return response?.status() ?? 0;
  } finally {
    await noScript.close();
    await withScript.close();
  }
}
