import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { migrate } from '../../../db/migrate';
import { MATCHING_FIXTURE as F, seedMatchingFixture } from '../../../matching/matching.fixture';
import { axeViolations, documentOf } from '../../../test-support/axe-audit';
import { describeInBrowser, usePageContexts } from '../../../test-support/browser';
import { serveAppForTests } from '../../../test-support/served-app';
import { matchingMessages } from '../../locales/matching-messages';

const baseUrl = serveAppForTests(async (db) => {
  await migrate(db);
  await seedMatchingFixture(db);
});

describeInBrowser('matching pages in Chromium', (browser) => {
  const contexts = usePageContexts(browser);
  const open = (context: BrowserContext, path: string): Promise<Page> =>
    contexts.open(context, `${baseUrl()}${path}`);

  it.each([
    ['a challenge, Swedish', `/utmaningar/${F.loneliness}/matchningar`],
    ['a challenge, English', `/utmaningar/${F.loneliness}/matchningar?lang=en`],
    ['case facts, English', `/utmaningar/${F.laundry}/matchningar?lang=en`],
    ['bad filters, Swedish', `/utmaningar/${F.loneliness}/matchningar?kommun=9999&minScore=x`],
    ['no match, English', `/utmaningar/${F.loneliness}/matchningar?lang=en&minScore=100`],
    ['an actor, Swedish', `/aktorer/${F.actors.aldrekraft}/matchningar`],
    ['an actor, English', `/aktorer/${F.actors.tvatteriet}/matchningar?lang=en`],
  ])('%s has no axe violations (WCAG 2.1 A and AA) and needs no script', async (_name, path) => {
    const withoutJs = await open(contexts.noScript(), path);
    const audited = await open(contexts.audit(), path);
    expect(await documentOf(audited)).toEqual(await documentOf(withoutJs));
    expect((await documentOf(audited)).scripts).toBe(0);
    expect(await axeViolations(audited)).toEqual([]);
    await withoutJs.close();
    await audited.close();
  });

  it('filters with JavaScript off: choosing a kommun and submitting narrows the list', async () => {
    const t = matchingMessages('sv').forChallenge;
    const page = await open(contexts.noScript(), `/utmaningar/${F.loneliness}/matchningar`);
    await page.getByLabel(t.kommun).selectOption('1281');
    await page.getByRole('button', { name: t.apply }).click();
    await page.waitForURL(/kommun=1281/);
    expect(await page.getByRole('heading', { level: 2, name: t.count(2) }).count()).toBe(1);
    await page.getByRole('link', { name: 'Riksförbundet Gemenskap' }).waitFor();
    await page.close();
  });
});
