// The poster's first message to an organisation that fits, in Chromium: no axe violation and the
// same document without JavaScript, in Swedish and English, for the form, an entry nobody keeps
// (the contact details instead of the form) and the form refused for an empty message; and the
// message sent by keyboard with JavaScript off lands in the conversation.
import { beforeAll, describe, expect, it } from 'vitest';
import { createChallenge } from '../../../challenges/index';
import { actorInput, insertImportedActor } from '../../../directory/directory.fixture';
import { saveOwnActor } from '../../../directory/index';
import { validateChallengeInput } from '../../../domain/directory/index';
import {
  accountContext,
  auditAccountPage,
  serveAccountAppForTests,
} from '../../../test-support/account-browser';
import { axeViolations } from '../../../test-support/axe-audit';
import {
  createTestOrganisation,
  nextTestOrgnr,
  type TestMember,
} from '../../../test-support/accounts';
import { describeInBrowser } from '../../../test-support/browser';
import { challengesMessages } from '../../locales/challenges-messages';

const served = serveAccountAppForTests();

let city: TestMember;
let challengeId: string;
let clubOrgnr: string;
const unclaimedOrgnr = nextTestOrgnr();

beforeAll(async () => {
  const db = served.db();
  const app = served.app();
  city = await createTestOrganisation(db, app, { name: 'Kommunen Kontakt' });
  const club = await createTestOrganisation(db, app, {
    name: 'Föreningen Kontakt',
    kind: 'ideburen',
  });
  const org = await db.query<{ orgnr: string }>('SELECT orgnr FROM organisations WHERE id = $1', [
    club.organisationId,
  ]);
  clubOrgnr = org.rows[0]!.orgnr;
  const saved = await saveOwnActor(db, {
    organisation: { id: club.organisationId, orgnr: clubOrgnr, kind: 'ideburen' },
    input: actorInput({
      orgnr: clubOrgnr,
      name: 'Föreningen Kontakt',
      kind: 'ideburen',
      legalForm: 'ideell-forening',
      areaCodes: '1280',
      goals: 'barn-och-unga',
      description: 'Läxhjälp och mentorer.',
    }),
    actor: { kind: 'user', userId: club.user.id },
    now: new Date(),
  });
  if (saved.outcome !== 'created') throw new Error(`entry not saved: ${saved.outcome}`);
  await insertImportedActor(
    db,
    actorInput({
      orgnr: unclaimedOrgnr,
      name: 'Oanmälda läxhjälpen',
      kind: 'ideburen',
      legalForm: 'ideell-forening',
      areaCodes: '1280',
      goals: 'barn-och-unga',
      description: 'Läxhjälp.',
    }),
  );
  const checked = validateChallengeInput({
    title: 'Unga som lämnar skolan utan betyg',
    description: 'Vi söker samverkan kring läxhjälp.',
    goals: 'barn-och-unga',
    areaCodes: '1280',
    status: 'dialog',
  });
  if (!checked.ok) throw new Error('bad input');
  const challenge = await createChallenge(db, {
    organisation: { id: city.organisationId, kind: 'public-body' },
    input: checked.value,
    caseFacts: null,
    actor: { kind: 'user', userId: city.user.id },
    now: new Date(),
  });
  challengeId = challenge.id;
});

describeInBrowser('writing first to an organisation in Chromium', (browser) => {
  describe.each(['sv', 'en'] as const)('axe and no JavaScript (%s)', (lang) => {
    const q = (orgnr: string) =>
      `/utmaningar/${challengeId}/kontakta?orgnr=${orgnr}${lang === 'sv' ? '' : '&lang=en'}`;

    it('the form', async () => {
      expect(await auditAccountPage(browser(), served.url(), q(clubOrgnr), city.sessionId)).toBe(
        200,
      );
    });

    it('an entry nobody keeps', async () => {
      expect(
        await auditAccountPage(browser(), served.url(), q(unclaimedOrgnr), city.sessionId),
      ).toBe(200);
    });

    it('the form refused for an empty message', async () => {
      const context = await accountContext(browser(), {
        javaScript: true,
        baseUrl: served.url(),
        sessionId: city.sessionId,
      });
      try {
        const t = challengesMessages(lang).contact;
        const page = await context.newPage();
        await page.goto(`${served.url()}${q(clubOrgnr)}`);
        await page.getByRole('button', { name: t.send }).click();
        await page.waitForLoadState();
        expect(await page.locator('.error-summary').textContent()).toContain(t.message);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });

  it('sends the message by keyboard without JavaScript', async () => {
    const context = await accountContext(browser(), {
      javaScript: false,
      baseUrl: served.url(),
      sessionId: city.sessionId,
    });
    try {
      const t = challengesMessages('sv');
      const page = await context.newPage();
      await page.goto(`${served.url()}/utmaningar/${challengeId}/kontakta?orgnr=${clubOrgnr}`);
      await page.getByLabel(t.contact.message).focus();
      await page.keyboard.type('Vill ni prata om läxhjälp?');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/intressen\//);
      expect(await page.locator('.conversation').textContent()).toContain(
        'Vill ni prata om läxhjälp?',
      );
      expect(await page.locator('[role="status"]').textContent()).toContain(t.conversation.sent);
    } finally {
      await context.close();
    }
  });
});
