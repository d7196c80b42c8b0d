import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { syncSearchIndex } from '../search/index';
import { FIXTURE_DOCUMENTS } from '../search/search-documents.fixture';
import { axeViolations, documentOf } from '../test-support/axe-audit';
import { describeInBrowser, usePageContexts } from '../test-support/browser';
import { serveAppForTests } from '../test-support/served-app';
import { searchMessages } from './locales/search-messages';

const baseUrl = serveAppForTests(async (db) => {
  await migrate(db);
  await syncSearchIndex(db, FIXTURE_DOCUMENTS);
});

describeInBrowser('search page in Chromium', (browser) => {
  const contexts = usePageContexts(browser);
  const open = (context: BrowserContext, path: string): Promise<Page> =>
    contexts.open(context, `${baseUrl()}${path}`);

  it.each([
    ['the empty form', '/sok'],
    ['hits, Swedish', '/sok?q=partnerskapet'],
    ['no hits, Swedish', '/sok?q=kvantfysik'],
    ['no words, Swedish', `/sok?q=${encodeURIComponent('&|!')}`],
    ['hits, English', '/sok?q=procurements&lang=en'],
    ['no hits, English', '/sok?q=quantum&lang=en'],
    ['a search text too long, English', `/sok?q=${'a'.repeat(201)}&lang=en`],
  ])('%s has no axe violations (WCAG 2.1 A and AA)', async (_name, path) => {
    const withoutJs = await open(contexts.noScript(), path);
    const audited = await open(contexts.audit(), path);
    expect(await documentOf(audited)).toEqual(await documentOf(withoutJs));
    expect((await documentOf(audited)).scripts).toBe(0);

    expect(await axeViolations(audited)).toEqual([]);
    await withoutJs.close();
    await audited.close();
  });

  it('searches with JavaScript off: typing and Enter lead to the hits, and a hit leads on', async () => {
    const t = searchMessages('sv');
    const page = await open(contexts.noScript(), '/sok');
    await page.getByLabel(t.label).fill('anbudet');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sok\?q=anbudet$/);

    expect(await page.locator('#search-count').textContent()).toBe(t.count(3, 'anbudet'));
    const first = page.locator('.search-hit').first();
    expect(await first.locator('h3').textContent()).toBe('Anbud');
    expect(await first.locator('.search-hit__kind').textContent()).toBe(t.kinds.glossary);
    expect(await first.locator('mark').allTextContents()).toContain('anbud');
    expect(await page.getByLabel(t.label).inputValue()).toBe('anbudet');

    await first.getByRole('link', { name: 'Anbud' }).click();
    await page.waitForURL(/\/ordlista#anbud$/);
    await page.close();
  });

  it('searches in English with JavaScript off, with the button, and stays in English', async () => {
    const t = searchMessages('en');
    const page = await open(contexts.noScript(), '/sok?lang=en');
    await page.getByLabel(t.label).fill('procurements');
    await page.getByRole('button', { name: t.button }).click();
    await page.waitForURL(/\/sok\?lang=en&q=procurements$/);

    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.search-hit h3').first().textContent()).toBe(
      'Advertised procurement',
    );
    await page.close();
  });

  it('puts focus on the error summary when the search text is too long, and its link leads to the field', async () => {
    const t = searchMessages('sv');
    const page = await open(contexts.noScript(), `/sok?q=${'å'.repeat(201)}`);
    await expect.poll(() => page.locator(':focus').getAttribute('class')).toBe('error-summary');
    await page.getByRole('link', { name: t.errors.qTooLong(200, 201) }).click();
    expect(new URL(page.url()).hash).toBe('#q');
    await page.close();
  });
});
