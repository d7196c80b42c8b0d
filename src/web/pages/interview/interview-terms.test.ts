// Glossary terms explained in the guide: in questions, hints and result texts, each term once,
// never inside a label, with the list of explained terms and the link to the knowledge base.
import { describe, expect, it } from 'vitest';
import { specExamples } from '../../../domain/assessment/spec-examples.fixture';
import { INTERVIEW_FIELDS, interviewField } from '../../../domain/interview/index';
import { LANGS } from '../../../engine/index';
import type { Case } from '../../../rules/index';
import { termMessages } from '../../locales/terms';
import { webMessages } from '../../locales/index';
import { permalinkOfCase, useServer } from './interview-pages.fixture';

const server = useServer();
const BASE = 'startDate=2023-03-01&goal=buy&counterpart=true';

function termIds(page: string): string[] {
  return [...page.matchAll(/<button type="button" class="term" popovertarget="([^"]+)">/g)].map(
    (m) => m[1]!,
  );
}

function labels(page: string): string[] {
  return [...page.matchAll(/<label\b[\s\S]*?<\/label>/g)].map((m) => m[0]);
}

describe.each(LANGS)('terms explained in the guide (%s)', (lang) => {
  const suffix = lang === 'en' ? '&lang=en' : '';

  it('explains each term once per question page, never inside a label, and lists them', async () => {
    let explained = 0;
    for (const field of INTERVIEW_FIELDS) {
      const page = (
        await server().inject({ url: `/vagledning/fraga/${field.path}?${BASE}${suffix}` })
      ).body;
      const ids = termIds(page);
      expect(new Set(ids).size, field.path).toBe(ids.length);
      for (const label of labels(page)) expect(label, field.path).not.toContain('<button');
      for (const id of ids) {
        expect(page, field.path).toContain(`<span class="term-popover" id="${id}" popover`);
      }
      if (ids.length > 0) {
        explained++;
        expect(page, field.path).toContain(termMessages(lang).footerHeading);
      } else {
        expect(page, field.path).not.toContain('class="term-list"');
      }
    }
    // The questions speak the language of procurement: most of them use a glossary term.
    expect(explained).toBeGreaterThan(INTERVIEW_FIELDS.length / 2);
  });

  it('explains the terms of a hint inside the hint', async () => {
    const field = interviewField('sameKindPurchasesThisFinancialYearSek')!;
    const page = (
      await server().inject({ url: `/vagledning/fraga/${field.path}?${BASE}${suffix}` })
    ).body;
    const hint = page.slice(
      page.indexOf('id="question-hint"'),
      page.indexOf('</div>', page.indexOf('id="question-hint"')),
    );
    expect(hint).toContain('popovertarget="term-direktupphandlingsgrans"');
  });

  it('links a question to its page in the knowledge base or its glossary entry', async () => {
    const t = webMessages(lang).interview;
    const toPage = interviewField('counterpart.publicControllingInfluence')!;
    const page = (
      await server().inject({ url: `/vagledning/fraga/${toPage.path}?${BASE}${suffix}` })
    ).body;
    expect(page).toContain(`href="/kunskap/reserved-ideburen${lang === 'en' ? '?lang=en' : ''}"`);
    expect(page).toContain(t.knowledgeLink);
    const toEntry = interviewField('relationship.marketExists')!;
    const entryPage = (
      await server().inject({ url: `/vagledning/fraga/${toEntry.path}?${BASE}${suffix}` })
    ).body;
    expect(entryPage).toContain(`href="/ordlista${lang === 'en' ? '?lang=en' : ''}#marknad"`);
    expect(entryPage).toContain(t.glossaryLink);
  });

  it('explains the terms of the result texts once each, with the list at the end', async () => {
    for (const ex of specExamples()) {
      const permalink = permalinkOfCase(ex.case as unknown as Case);
      const page = (await server().inject({ url: `/vagledning/resultat?${permalink}${suffix}` }))
        .body;
      const ids = termIds(page);
      expect(ids.length, ex.file).toBeGreaterThan(0);
      expect(new Set(ids).size, ex.file).toBe(ids.length);
      const list = page.slice(page.indexOf('class="term-list"'));
      for (const id of ids) {
        expect(list, ex.file).toContain(`#${id.replace(/^term-/, '')}"`);
      }
      // The texts explained are in the verdict groups (reasons, conditions, risks) or the notes.
      const firstGroup = page.indexOf('class="verdict-group"');
      expect(page.indexOf('class="term"'), ex.file).toBeGreaterThan(firstGroup);
    }
  });
});
