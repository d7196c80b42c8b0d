// The directory's pages in Chromium: no axe violation and the same document without JavaScript,
// in Swedish and English, for the list (with hits and facets, and with nothing found), an entry,
// the own entry (empty, filled, refused) and the suggestion; and an organisation that signs up,
// fills its entry and finds it in the directory, by keyboard with JavaScript off.
import { beforeAll, describe, expect, it } from 'vitest';
import { findOrganisation } from '../../../accounts/index';
import { saveOwnActor } from '../../../directory/index';
import { actorInput, insertImportedActor } from '../../../directory/directory.fixture';
import { axeViolations } from '../../../test-support/axe-audit';
import {
  accountContext,
  auditAccountPage,
  serveAccountAppForTests,
} from '../../../test-support/account-browser';
import {
  createTestOrganisation,
  nextTestEmail,
  nextTestOrgnr,
  TEST_PASSWORD,
  type TestMember,
} from '../../../test-support/accounts';
import { describeInBrowser } from '../../../test-support/browser';
import { directoryMessages } from '../../locales/directory-messages';
import { signInMessages } from '../../locales/sign-in-messages';

const served = serveAccountAppForTests();

let filled: TestMember;
let filledOrgnr: string;
let empty: TestMember;
let municipality: TestMember;

beforeAll(async () => {
  const db = served.db();
  const app = served.app();
  filled = await createTestOrganisation(db, app, { name: 'Cykelköket', kind: 'ideburen' });
  filledOrgnr = (await findOrganisation(db, filled.organisationId))!.orgnr!;
  await saveOwnActor(db, {
    organisation: { id: filled.organisationId, orgnr: filledOrgnr, kind: 'ideburen' },
    input: actorInput({
      orgnr: filledOrgnr,
      name: 'Cykelköket i Malmö',
      legalForm: 'ekonomisk-forening',
      registeredIdeburen: 'ja',
      registeredIdeburenOn: '2022-09-01',
      workIntegrationMainAim: 'ja',
      disadvantagedStaffShare: '40 %',
      areaCodes: '1280|12',
      goals: 'sdg-8|arbete-och-sysselsattning',
      cpv: '50000000-5',
      capacity: 'Tio arbetsträningsplatser.',
      description: 'Cykelverkstad med arbetsträning.\n\nVi tar emot praktikanter.',
      contactName: 'Lina Berg',
      contactEmail: 'lina@cykelkoket.se',
      contactPhone: '040-12 34 56',
      website: 'https://cykelkoket.se',
      collaborations: [
        { title: 'Cyklar till skolor', partner: 'Malmö stad', year: '2023', form: 'iop' },
      ],
    }),
    actor: { kind: 'user', userId: filled.user.id },
    now: new Date(),
  });
  for (let i = 0; i < 3; i++) {
    await insertImportedActor(
      db,
      actorInput({
        orgnr: nextTestOrgnr(),
        name: `Importerad förening ${i}`,
        legalForm: 'ideell-forening',
        areaCodes: '0180',
        goals: ['aldre'],
        description: 'Träffar för äldre.',
      }),
    );
  }
  empty = await createTestOrganisation(db, app, { name: 'Ny förening', kind: 'social-enterprise' });
  municipality = await createTestOrganisation(db, app, { name: 'Kommunen' });
});

describeInBrowser('the directory in Chromium', (browser) => {
  describe.each(['sv', 'en'] as const)('axe and no JavaScript (%s)', (lang) => {
    const q = (path: string) =>
      lang === 'sv' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=en`;
    it.each([
      ['the list with hits and facets', () => q('/aktorer'), undefined],
      [
        'the list filtered, with ignored values',
        () => q('/aktorer?lan=01&goal=aldre&lan=99'),
        undefined,
      ],
      ['the list with nothing found', () => q('/aktorer?q=zzzqqq'), undefined],
      ['the list of a public body', () => q('/aktorer'), () => municipality],
      ['an entry', () => q(`/aktorer/${filledOrgnr}`), undefined],
      ['an entry, as its member', () => q(`/aktorer/${filledOrgnr}`), () => filled],
      ['the own entry, empty', () => q('/organisation/katalog'), () => empty],
      ['the own entry, filled', () => q('/organisation/katalog?klart=updated'), () => filled],
      ['the own entry of a public body', () => q('/organisation/katalog'), () => municipality],
      ['the suggestion', () => q('/aktorer/foresla'), () => municipality],
    ])('%s', async (_name, path, member) => {
      expect(await auditAccountPage(browser(), served.url(), path(), member?.().sessionId)).toBe(
        200,
      );
    });

    it('shows refused input of the own entry and of a suggestion without axe violations', async () => {
      const t = directoryMessages(lang);
      for (const [member, path, field] of [
        [empty, '/organisation/katalog', t.fields.contactEmail],
        [municipality, '/aktorer/foresla', t.fields.orgnr],
      ] as const) {
        const context = await accountContext(browser(), {
          javaScript: true,
          baseUrl: served.url(),
          sessionId: member.sessionId,
        });
        try {
          const page = await context.newPage();
          await page.goto(`${served.url()}${q(path)}`);
          await page.getByLabel(field, { exact: true }).fill('fel');
          await page
            .getByRole('button', {
              name: path === '/aktorer/foresla' ? t.suggest.button : t.own.createButton,
            })
            .click();
          await page.waitForLoadState();
          expect(await page.locator('.error-summary').textContent()).toContain(t.summaryTitle);
          expect(await axeViolations(page)).toEqual([]);
        } finally {
          await context.close();
        }
      }
    });
  });

  it('signs up, fills the entry and finds it by a word of its description, by keyboard without JavaScript', async () => {
    const s = signInMessages('sv').signUp;
    const t = directoryMessages('sv');
    const context = await accountContext(browser(), { javaScript: false, baseUrl: served.url() });
    try {
      const page = await context.newPage();
      await page.goto(`${served.url()}/registrera`);
      await page.getByLabel(s.name, { exact: true }).fill('Karin Karlsson');
      await page.getByLabel(s.email).fill(nextTestEmail('directory'));
      await page.getByLabel(s.password, { exact: true }).fill(TEST_PASSWORD);
      await page.getByLabel(s.passwordConfirm).fill(TEST_PASSWORD);
      await page.getByLabel(s.organisationName).fill('Sy och Sälj');
      await page.getByLabel(s.orgnr).fill(nextTestOrgnr());
      await page.getByLabel(s.kind).selectOption('ideburen');
      await page.getByRole('button', { name: s.button }).press('Enter');
      await page.waitForURL(/\/organisation$/);

      await page.getByRole('link', { name: t.own.title, exact: true }).press('Enter');
      await page.waitForURL(/\/organisation\/katalog$/);
      await page.getByLabel(t.fields.name, { exact: true }).fill('Sy och Sälj Rosengård');
      await page.getByLabel(t.fields.legalForm).selectOption('ideell-forening');
      await page
        .getByLabel(t.fields.description, { exact: true })
        .fill('Symaskiner och kurser där kvinnor syr och säljer kläder.');
      // A län's kommuner open from its summary by keyboard; a checkbox is checked with Space.
      await page.locator('summary', { hasText: 'Skåne län' }).press('Enter');
      await page.getByLabel('Malmö', { exact: true }).press('Space');
      await page.getByLabel('Jämställdhet', { exact: true }).press('Space');
      await page.getByRole('button', { name: t.own.createButton }).press('Enter');
      await page.waitForURL(/\/organisation\/katalog\?klart=created$/);
      expect(await page.getByRole('status').textContent()).toContain(t.own.notices.created);
      expect(await page.getByLabel('Malmö', { exact: true }).isChecked()).toBe(true);

      await page.goto(`${served.url()}/aktorer`);
      const search = page.getByLabel(t.list.searchLabel);
      await search.fill('symaskinerna');
      await search.press('Enter');
      await page.waitForURL(/\/aktorer\?q=symaskinerna/);
      const hit = page.getByRole('link', { name: 'Sy och Sälj Rosengård' });
      expect(await hit.count()).toBe(1);
      await hit.press('Enter');
      await page.waitForURL(/\/aktorer\/\d{10}$/);
      expect(await page.locator('h1').textContent()).toBe('Sy och Sälj Rosengård');
      expect(await page.locator('main').textContent()).toContain('Jämställdhet');
    } finally {
      await context.close();
    }
  });
});
