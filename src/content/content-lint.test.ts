// The content lint on the repository's content, and on small broken libraries to show that each
// kind of defect is caught.
import { describe, expect, it } from 'vitest';
import { FORM_IDS } from '../rules';
import type { ContentLibrary, GlossaryEntry, KnowledgePage, Source } from './content-types';
import { lintContent } from './content-lint';
import { readContent } from './load-content';
import { parseGlossary } from './parse-glossary';
import { parsePage } from './parse-page';
import { parseSources } from './parse-sources';

describe('the content of the repository', () => {
  const { library, problems } = readContent();

  it('reads without problems', () => {
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
  });

  it('passes the content lint', () => {
    expect(lintContent(library).map((p) => `${p.file}: ${p.message}`)).toEqual([]);
  });

  it('has a page for each of the 12 forms, in both languages', () => {
    for (const form of FORM_IDS) {
      const page = library.pages.find((p) => p.form === form);
      expect(page?.body.sv.length, form).toBeGreaterThan(500);
      expect(page?.body.en.length, form).toBeGreaterThan(500);
    }
  });

  it('has at least 60 glossary entries, each with terms from both sides in both languages', () => {
    expect(library.glossary.length).toBeGreaterThanOrEqual(60);
    for (const e of library.glossary) {
      for (const side of [e.procurement, e.civil]) {
        expect(side.sv.length, e.id).toBeGreaterThan(0);
        expect(side.en.length, e.id).toBeGreaterThan(0);
      }
    }
  });

  it('gives every unverified source a note saying what is open', () => {
    for (const s of library.sources.filter((x) => !x.verified)) {
      expect(s.note?.sv, s.id).toBeTruthy();
      expect(s.note?.en, s.id).toBeTruthy();
    }
  });
});

const SOURCES: Source[] = [
  {
    id: 'lou-2016',
    short: 'LOU',
    kind: 'act',
    title: { sv: 'LOU', en: 'LOU' },
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2016:1145',
    verified: true,
    note: null,
  },
];

const ENTRY: GlossaryEntry = {
  id: 'anbud',
  procurement: { sv: ['anbud'], en: ['tender'] },
  civil: { sv: ['erbjudande'], en: ['offer'] },
  match: { sv: [], en: [] },
  skip: { sv: [], en: [] },
  definition: { sv: 'Ett skriftligt erbjudande.', en: 'A written offer.' },
  example: { sv: 'Föreningen lämnar ett anbud.', en: 'The association submits a tender.' },
  legal: false,
  sources: [],
  forms: [],
  related: [],
};

function page(body: { sv: string; en: string }, extra = ''): KnowledgePage {
  const text = `---
id: kulturkrockar
kind: guide
title: { sv: Kulturer, en: Cultures }
summary: { sv: Om kulturer., en: About cultures. }
sources: [lou-2016]
verifiedOn: 2026-11-26
${extra}---
<!-- sv -->
${body.sv}
<!-- en -->
${body.en}
`;
  const { page: p, problems } = parsePage(text, 'kunskap/kulturkrockar.md');
  expect(problems).toEqual([]);
  return p as KnowledgePage;
}

function lintOf(pages: KnowledgePage[], glossary: GlossaryEntry[] = [ENTRY]): string[] {
  const library: ContentLibrary = { sources: SOURCES, pages, glossary };
  // Only the problems of the fixture page, not the missing forms.
  return lintContent(library)
    .map((p) => p.message)
    .filter((m) => !m.startsWith('the form '));
}

const GOOD = {
  sv: '## Början\n\nEnligt [4 kap. 1 § LOU](source:lou-2016). Se [ordlistan](/ordlista#anbud).',
  en: '## Start\n\nUnder [4 kap. 1 § LOU](source:lou-2016). See [the glossary](/ordlista#anbud).',
};

describe('the content lint', () => {
  it('accepts a sound page', () => {
    expect(lintOf([page(GOOD)])).toEqual([]);
  });

  it('finds a missing translation of a section', () => {
    const problems = lintOf([page({ sv: `${GOOD.sv}\n\n## Mer\n\nText.`, en: GOOD.en })]);
    expect(problems.join('\n')).toMatch(/missing its translation/);
  });

  it('finds a missing language part', () => {
    const { problems } = parsePage(
      '---\nid: x\nkind: guide\ntitle: {sv: a, en: b}\nsummary: {sv: a, en: b}\nsources: []\nverifiedOn: 2026-11-26\n---\n<!-- sv -->\nText.\n',
      'kunskap/x.md',
    );
    expect(problems.map((p) => p.message)).toContain(
      'body.en: missing or empty: add a <!-- en --> part',
    );
  });

  it('finds a dead internal link', () => {
    const problems = lintOf([
      page({ sv: GOOD.sv + ' [iop](/kunskap/finns-inte)', en: GOOD.en + ' [x](/ordlista#nej)' }),
    ]);
    expect(problems).toEqual([
      'body.sv: dead internal link /kunskap/finns-inte',
      'body.en: dead internal link /ordlista#nej',
    ]);
  });

  it('finds a citation without a source', () => {
    const problems = lintOf([page({ sv: `${GOOD.sv} Se 19 kap. 25 a § LOU.`, en: GOOD.en })]);
    expect(problems.join('\n')).toMatch(/citation without a source/);
  });

  it('finds a judgment cited without a source', () => {
    const problems = lintOf([page({ sv: GOOD.sv, en: `${GOOD.en} As HFD 2020 ref. 15 held.` })]);
    expect(problems.join('\n')).toMatch(/body\.en: citation without a source/);
  });

  it('finds a citation of an unknown source', () => {
    const problems = lintOf([page({ sv: `${GOOD.sv} [2 kap. 1 § KL](source:kl)`, en: GOOD.en })]);
    expect(problems.join('\n')).toMatch(/unknown source kl/);
  });

  it('finds a form without its page', () => {
    const library: ContentLibrary = { sources: SOURCES, pages: [page(GOOD)], glossary: [ENTRY] };
    const missing = lintContent(library).filter((p) => p.message.startsWith('the form '));
    expect(missing).toHaveLength(FORM_IDS.length);
  });

  it('finds a citation in the front matter', () => {
    const problems = lintOf([
      { ...page(GOOD), summary: { sv: 'Enligt 19 kap. 25 a § LOU.', en: 'Under chapter 19.' } },
    ]);
    expect(problems.join('\n')).toMatch(/summary: holds a citation/);
  });

  it('finds a related glossary entry that does not exist', () => {
    const problems = lintOf([page(GOOD)], [{ ...ENTRY, related: ['saknas'] }]);
    expect(problems).toEqual(['entry anbud: related saknas does not exist']);
  });

  it('finds a glossary definition citing law without a source', () => {
    const cited = { ...ENTRY, definition: { sv: 'Se 4 kap. 18 § LOU.', en: 'See the act.' } };
    expect(lintOf([page(GOOD)], [cited]).join('\n')).toMatch(
      /cites law but the entry has no sources/,
    );
  });
});

describe('reading content files', () => {
  it('names a file that is not valid YAML or not a list', () => {
    expect(parseSources('- id: [').problems[0]?.message).toMatch(/^not valid YAML/);
    expect(parseGlossary('id: anbud').problems).toEqual([
      { file: 'ordlista.yaml', message: 'must be a list of entries' },
    ]);
  });

  it('names the entry and the field of each problem', () => {
    const { problems } = parseSources(
      '- id: x\n  short: X\n  kind: law\n  title: { sv: X }\n  url: ftp://x\n  verified: false\n',
    );
    expect(problems.map((p) => p.message)).toEqual([
      'source x.kind: must be one of act, eu-act, bill, judgment, guidance, report',
      'source x.url: must be an http(s) address',
      'source x.note: an unverified source needs a note saying what is open',
      'source x.title.en: missing or empty text',
    ]);
  });
});
