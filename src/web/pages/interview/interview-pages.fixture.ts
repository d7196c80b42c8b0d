// What the guide's page tests share: the server built as the application builds it, and small
// readers of the markup it answers with.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildServer } from '../../../app/build-server';
import { stateFromCase, writePermalink } from '../../../domain/interview/index';
import type { Case } from '../../../rules/index';
import { openScratchPglite, type ScratchDatabase } from '../../../test-support/databases';

/** The server for the tests of one file, built before them and closed after them. */
export function useServer(): () => FastifyInstance {
  let scratch: ScratchDatabase | undefined;
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    scratch = await openScratchPglite();
    app = await buildServer({ db: scratch.db });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await scratch?.dispose();
  });
  return () => {
    if (app === undefined) throw new Error('the server is built in beforeAll');
    return app;
  };
}

/** The journey state whose case is `c`: every fact the interview asks, answered. */
export const stateOfCase = stateFromCase;

/** The permalink of the case `c`. */
export function permalinkOfCase(c: Case): string {
  return writePermalink(stateOfCase(c));
}

/** HTML entities of the template tag decoded, to compare attribute values with plain text. */
export function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The value of every `attribute="…"` in `page`, decoded. */
export function attributeValues(page: string, attribute: string): string[] {
  return [...page.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((m) =>
    decode(m[1] ?? ''),
  );
}

/** The text of the page's `<title>`, decoded. */
export function titleOf(page: string): string {
  return decode(/<title>([^<]*)<\/title>/.exec(page)?.[1] ?? '');
}

/** The markup of the element with `id` up to the end of the page (enough to look inside it). */
export function fromId(page: string, id: string): string {
  const i = page.indexOf(`id="${id}"`);
  return i === -1 ? '' : page.slice(i);
}

/**
 * The page as a reader sees it with every term explanation closed: each explained term is plain
 * text again and its popover is gone, so that texts can be compared as written.
 */
export function withoutTermExplanations(page: string): string {
  let out = page;
  for (let start = out.indexOf('<span class="term-popover"'); start >= 0;) {
    const tags = /<span\b|<\/span\s*>/g;
    tags.lastIndex = start;
    let depth = 0;
    let end = -1;
    for (let m = tags.exec(out); m !== null; m = tags.exec(out)) {
      depth += m[0].startsWith('</') ? -1 : 1;
      if (depth === 0) {
        end = m.index + m[0].length;
        break;
      }
    }
    if (end < 0) throw new Error('a term explanation is not closed');
    out = out.slice(0, start) + out.slice(end);
    start = out.indexOf('<span class="term-popover"', start);
  }
  return out.replace(
    /<button type="button" class="term" popovertarget="[^"]*">([^<]*)<\/button\s*>/g,
    '$1',
  );
}
