// The saved cases' pages in Chromium: no axe violation and the same document without JavaScript,
// in Swedish and English, for the list, a case (as editor and as reader, open and archived), the
// save form and the guide's result with its save section; the refused changes (a missing field,
// a change made meanwhile by someone else) likewise; and a case saved, noted and decided by
// keyboard with JavaScript off.
import { beforeAll, describe, expect, it } from 'vitest';
import { changeCase, saveCase } from '../../../cases/index';
import { axeViolations } from '../../../test-support/axe-audit';
import {
  accountContext,
  auditAccountPage,
  serveAccountAppForTests,
} from '../../../test-support/account-browser';
import {
  createTestMember,
  createTestOrganisation,
  type TestMember,
} from '../../../test-support/accounts';
import { describeInBrowser } from '../../../test-support/browser';
import { casesMessages } from '../../locales/cases-messages';
import {
  IDEBUREN_CANDIDATE,
  IDEBUREN_CANDIDATE_PERMALINK,
} from '../../../test-support/ideburen-candidate';

const served = serveAccountAppForTests();

let editor: TestMember;
let reader: TestMember;
let openCase: string;
let archivedCase: string;

beforeAll(async () => {
  const db = served.db();
  const app = served.app();
  editor = await createTestOrganisation(db, app, { name: 'Kommunen Test' });
  reader = await createTestMember(db, app, editor.organisationId, 'reader');
  const context = {
    organisationId: editor.organisationId,
    actor: { kind: 'user' as const, userId: editor.user.id },
    userId: editor.user.id,
    actorName: editor.user.name,
    now: new Date(),
  };
  openCase = (await saveCase(db, context, { title: 'Boende för unga', facts: IDEBUREN_CANDIDATE }))
    .id;
  await changeCase(db, context, openCase, 1, { note: 'Första raden\nAndra raden' });
  await changeCase(db, context, openCase, 2, {
    decision: { form: 'advertised-procurement', motivation: 'Annonserad upphandling.' },
  });
  archivedCase = (
    await saveCase(db, context, { title: 'Avslutat ärende', facts: IDEBUREN_CANDIDATE })
  ).id;
  await changeCase(db, context, archivedCase, 1, { status: 'archived' });
});

describeInBrowser('saved cases in Chromium', (browser) => {
  describe.each(['sv', 'en'] as const)('axe and no JavaScript (%s)', (lang) => {
    const q = (path: string) =>
      lang === 'sv' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=en`;
    it.each([
      ['the list', () => q('/arenden'), () => editor],
      ['the archived cases', () => q('/arenden?status=archived'), () => editor],
      ['a case, as its editor', () => q(`/arenden/${openCase}?klart=beslut`), () => editor],
      ['a case, as a reader', () => q(`/arenden/${openCase}`), () => reader],
      ['an archived case', () => q(`/arenden/${archivedCase}`), () => editor],
      ['the save form', () => q(`/arenden/nytt?${IDEBUREN_CANDIDATE_PERMALINK}`), () => editor],
      [
        'the result with its save form',
        () => q(`/vagledning/resultat?${IDEBUREN_CANDIDATE_PERMALINK}`),
        () => editor,
      ],
      [
        'the result of a reader',
        () => q(`/vagledning/resultat?${IDEBUREN_CANDIDATE_PERMALINK}`),
        () => reader,
      ],
    ])('%s', async (_name, path, member) => {
      expect(await auditAccountPage(browser(), served.url(), path(), member().sessionId)).toBe(200);
    });
  });

  it('saves, notes and decides a case by keyboard without JavaScript', async () => {
    const t = casesMessages('sv');
    const context = await accountContext(browser(), {
      javaScript: false,
      baseUrl: served.url(),
      sessionId: editor.sessionId,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${served.url()}/vagledning/resultat?${IDEBUREN_CANDIDATE_PERMALINK}`);
      const title = page.getByLabel(t.save.titleLabel);
      await title.fill('Sparat med tangentbordet');
      await title.press('Enter');
      await page.waitForURL(/\/arenden\/[0-9a-f-]{36}\?klart=sparat$/);
      expect(await page.getByRole('status').textContent()).toContain(t.case.done.saved);
      expect(await page.locator('h1').textContent()).toBe('Sparat med tangentbordet');

      const note = page.getByLabel(t.case.notes.label);
      await note.fill('Talat med föreningen.');
      await page.getByRole('button', { name: t.case.notes.button }).press('Enter');
      await page.waitForURL(/klart=anteckning#notes$/);
      expect(await page.locator('section[aria-labelledby="notes"]').textContent()).toContain(
        'Talat med föreningen.',
      );

      // A decision without motivation: the error summary takes focus and names the field.
      await page.getByLabel(t.case.decision.formLabel).selectOption('reserved-ideburen');
      await page.getByRole('button', { name: t.case.decision.button }).press('Enter');
      await expect.poll(() => page.locator(':focus').getAttribute('class')).toBe('error-summary');
      expect(await page.locator('.error-summary').textContent()).toContain('Fyll i fältet.');
      await page
        .getByLabel(t.case.decision.motivationLabel)
        .fill('Föreningen uppfyller villkoren.');
      await page.getByRole('button', { name: t.case.decision.button }).press('Enter');
      await page.waitForURL(/klart=beslut#decision$/);
      expect(await page.locator('[data-decision]').getAttribute('data-decision')).toBe(
        'reserved-ideburen',
      );
    } finally {
      await context.close();
    }
  });

  it('shows a refused change without axe violations: a missing field and a stale version', async () => {
    const t = casesMessages('en');
    const context = await accountContext(browser(), {
      javaScript: true,
      baseUrl: served.url(),
      sessionId: editor.sessionId,
    });
    try {
      const url = `${served.url()}/arenden/${openCase}?lang=en`;
      const first = await context.newPage();
      const second = await context.newPage();
      await first.goto(url);
      await second.goto(url);

      await first.getByRole('button', { name: t.case.notes.button }).click();
      await first.waitForLoadState();
      expect(await first.locator('.error-summary').textContent()).toContain('Fill in this field.');
      expect(await axeViolations(first)).toEqual([]);

      await first.goto(url);
      await first.getByLabel(t.case.manage.titleLabel).fill('Renamed in the first tab');
      await first.getByRole('button', { name: t.case.manage.renameButton }).click();
      await first.waitForURL(/klart=namn/);
      await second.getByLabel(t.case.manage.titleLabel).fill('Renamed in the second tab');
      await second.getByRole('button', { name: t.case.manage.renameButton }).click();
      await second.waitForLoadState();
      expect(await second.locator('.error-summary').textContent()).toContain(
        'Someone else has changed the case since you opened it',
      );
      expect(await second.locator('h1').textContent()).toBe('Renamed in the first tab');
      expect(await second.getByLabel(t.case.manage.titleLabel).inputValue()).toBe(
        'Renamed in the second tab',
      );
      expect(await axeViolations(second)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
