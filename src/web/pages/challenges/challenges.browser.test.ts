// The board's pages in Chromium: no axe violation and the same document without JavaScript, in
// Swedish and English, for the board, the new-challenge form (empty and refused), a challenge
// signed out and as the poster with interest, a conversation and the organisation's
// conversations; and the whole journey by keyboard with JavaScript off: a municipality posts a
// challenge, an idéburen organisation finds it and registers interest, the municipality
// answers and the organisation reads the answer.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createChallenge,
  registerInterest,
  type RegisterInterestResult,
} from '../../../challenges/index';
import { saveCase } from '../../../cases/index';
import { validateChallengeInput } from '../../../domain/directory/index';
import {
  accountContext,
  auditAccountPage,
  serveAccountAppForTests,
} from '../../../test-support/account-browser';
import { axeViolations } from '../../../test-support/axe-audit';
import { createTestOrganisation, type TestMember } from '../../../test-support/accounts';
import { describeInBrowser } from '../../../test-support/browser';
import { IDEBUREN_CANDIDATE } from '../../../test-support/ideburen-candidate';
import { challengesMessages } from '../../locales/challenges-messages';

const served = serveAccountAppForTests();

let city: TestMember;
let club: TestMember;
let challengeId: string;
let interestId: string;

beforeAll(async () => {
  const db = served.db();
  const app = served.app();
  city = await createTestOrganisation(db, app, { name: 'Kommunen Test' });
  club = await createTestOrganisation(db, app, { name: 'Föreningen Test', kind: 'ideburen' });
  const checked = validateChallengeInput({
    title: 'Unga som lämnar skolan utan betyg',
    description: 'Vi söker samverkan kring läxhjälp och mentorer.\n\nHela läsåret.',
    goals: 'sdg-4|barn-och-unga',
    areaCodes: '1280|12',
    budgetSek: '800000',
    startsOn: '2027-01-01',
    status: 'dialog',
  });
  if (!checked.ok) throw new Error('bad input');
  await saveCase(
    db,
    {
      organisationId: city.organisationId,
      actor: { kind: 'user', userId: city.user.id },
      userId: city.user.id,
      actorName: city.user.name,
      now: new Date(),
    },
    { title: 'Läxhjälp', facts: IDEBUREN_CANDIDATE },
  );
  const challenge = await createChallenge(db, {
    organisation: { id: city.organisationId, kind: 'public-body' },
    input: checked.value,
    caseFacts: IDEBUREN_CANDIDATE,
    actor: { kind: 'user', userId: city.user.id },
    now: new Date(),
  });
  challengeId = challenge.id;
  const registered: RegisterInterestResult = await registerInterest(db, {
    challengeId,
    organisation: { id: club.organisationId, name: 'Föreningen Test' },
    message: 'Vi har mentorer.\nOch lokaler.',
    actor: { kind: 'user', userId: club.user.id },
    now: new Date(),
  });
  if (!registered.ok) throw new Error('interest not registered');
  interestId = registered.interestId;
});

describeInBrowser('the challenge board in Chromium', (browser) => {
  describe.each(['sv', 'en'] as const)('axe and no JavaScript (%s)', (lang) => {
    const q = (path: string) =>
      lang === 'sv' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=en`;
    it.each([
      ['the board, signed out', () => q('/utmaningar'), () => undefined],
      [
        'the board, filtered',
        () => q('/utmaningar?q=skolan&area=12&kind=challenge'),
        () => undefined,
      ],
      ['the board, signed in', () => q('/utmaningar'), () => club.sessionId],
      ['the new-challenge form', () => q('/utmaningar/ny'), () => city.sessionId],
      ['a challenge, signed out', () => q(`/utmaningar/${challengeId}`), () => undefined],
      ['a challenge, as its poster', () => q(`/utmaningar/${challengeId}`), () => city.sessionId],
      [
        'a challenge, as the interested',
        () => q(`/utmaningar/${challengeId}`),
        () => club.sessionId,
      ],
      ['the edit form', () => q(`/utmaningar/${challengeId}/andra`), () => city.sessionId],
      [
        'a conversation',
        () => q(`/utmaningar/${challengeId}/intressen/${interestId}`),
        () => city.sessionId,
      ],
      ['the conversations', () => q('/organisation/intressen'), () => club.sessionId],
    ])('%s', async (_name, path, session) => {
      expect(await auditAccountPage(browser(), served.url(), path(), session())).toBe(200);
    });

    it('the new-challenge form with errors', async () => {
      const context = await accountContext(browser(), {
        javaScript: true,
        baseUrl: served.url(),
        sessionId: city.sessionId,
      });
      try {
        const t = challengesMessages(lang);
        const page = await context.newPage();
        await page.goto(`${served.url()}${q('/utmaningar/ny')}`);
        await page.getByLabel(t.form.labels.areaCodes).fill('9999');
        await page.getByLabel(t.form.labels.endsOn).fill('31/12');
        await page.getByRole('button', { name: t.form.create }).click();
        await page.waitForLoadState();
        const summary = await page.locator('.error-summary').textContent();
        expect(summary).toContain(t.form.labels.title);
        expect(summary).toContain(t.form.labels.description);
        expect(summary).toContain('9999');
        expect(await page.getByLabel(t.form.labels.endsOn).inputValue()).toBe('31/12');
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });

  it('a municipality posts, an organisation registers interest, they talk: by keyboard without JavaScript', async () => {
    const db = served.db();
    const app = served.app();
    const municipality = await createTestOrganisation(db, app, { name: 'Lunds kommun' });
    const association = await createTestOrganisation(db, app, {
      name: 'Idéföreningen Lund',
      kind: 'ideburen',
    });
    const t = challengesMessages('sv');
    const poster = await accountContext(browser(), {
      javaScript: false,
      baseUrl: served.url(),
      sessionId: municipality.sessionId,
    });
    const finder = await accountContext(browser(), {
      javaScript: false,
      baseUrl: served.url(),
      sessionId: association.sessionId,
    });
    try {
      const p = await poster.newPage();
      await p.goto(`${served.url()}/utmaningar`);
      await p.getByRole('link', { name: t.board.newPost }).press('Enter');
      await p.waitForURL(/\/utmaningar\/ny$/);
      await p.getByLabel(t.form.labels.title).fill('Trygghet i Klostergården');
      await p.getByLabel(t.form.labels.description).fill('Fler vuxna ute på kvällarna.');
      await p.getByLabel('Trygg livsmiljö').press('Space');
      await p.getByLabel(t.form.labels.areaCodes).fill('1281');
      await p.getByLabel(t.form.labels.budgetSek).fill('500 000');
      await p.getByLabel(t.form.labels.status).selectOption('dialog');
      await p.getByRole('button', { name: t.form.create }).press('Enter');
      await p.waitForURL(/\/utmaningar\/[0-9a-f-]{36}\?klar=upplagd$/);
      expect(await p.getByRole('status').textContent()).toContain(t.page.created);
      const challengeUrl = p.url().replace(/\?.*$/, '');

      const f = await finder.newPage();
      await f.goto(`${served.url()}/utmaningar`);
      await f.getByLabel(t.board.q).fill('tryggheten');
      await f.getByLabel(t.board.area).selectOption('12');
      await f.getByRole('button', { name: t.board.apply }).press('Enter');
      await f.waitForURL(/q=tryggheten/);
      await f.getByRole('link', { name: 'Trygghet i Klostergården' }).press('Enter');
      await f.waitForURL(challengeUrl);
      await f.getByLabel(t.interest.message).fill('Vi ordnar nattvandringar.');
      await f.getByRole('button', { name: t.interest.register }).press('Enter');
      await f.waitForURL(/\/intressen\/[0-9a-f-]{36}\?klar=intresse$/);
      expect(await f.getByRole('status').textContent()).toContain(t.interest.registered);

      await p.goto(`${served.url()}/organisation/intressen`);
      await p.getByRole('link', { name: 'Trygghet i Klostergården' }).press('Enter');
      await p.waitForURL(/\/intressen\/[0-9a-f-]{36}$/);
      expect(await p.locator('.conversation').textContent()).toContain('Vi ordnar nattvandringar.');
      await p.getByLabel(t.conversation.reply).fill('Välkomna till ett möte på tisdag.');
      await p.getByRole('button', { name: t.conversation.send }).press('Enter');
      await p.waitForURL(/klar=skickat$/);

      await f.reload();
      expect(await f.locator('.conversation').textContent()).toContain(
        'Välkomna till ett möte på tisdag.',
      );
      const { rows } = await db.query<{ subject: string }>(
        'SELECT subject FROM outbox WHERE to_address = $1',
        [association.user.email],
      );
      expect(rows.map((r) => r.subject)).toEqual(['Nytt meddelande om ”Trygghet i Klostergården”']);
    } finally {
      await poster.close();
      await finder.close();
    }
  });
});
