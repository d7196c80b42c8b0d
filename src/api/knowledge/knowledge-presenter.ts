import {
  knowledgePagePath,
  renderMarkdown,
  termMatcher,
  type ContentLibrary,
  type KnowledgePage,
  type Source,
} from '../../content';
import { legalBasisCitations, type FormChecks } from '../../domain/knowledge';
import { formatCitation, type Citation, type Lang } from '../../engine';
import type { Reason } from '../../rules';

/** A source as the API lists it. */
function presentSource(source: Source, lang: Lang) {
  return {
    id: source.id,
    short: source.short,
    kind: source.kind,
    title: source.title[lang],
    url: source.url,
    verified: source.verified,
    note: source.note?.[lang] ?? null,
  };
}

function pageUrl(id: string, lang: Lang): string {
  const path = knowledgePagePath(id);
  return lang === 'sv' ? path : `${path}?lang=${lang}`;
}

function pageSources(page: KnowledgePage, sources: ReadonlyMap<string, Source>, lang: Lang) {
  return page.sources.flatMap((id) => {
    const s = sources.get(id);
    return s === undefined ? [] : [presentSource(s, lang)];
  });
}

/** The fields every listing of a page has. */
function summaryOf(page: KnowledgePage, sources: ReadonlyMap<string, Source>, lang: Lang) {
  return {
    id: page.id,
    kind: page.kind,
    form: page.form,
    title: page.title[lang],
    summary: page.summary[lang],
    url: pageUrl(page.id, lang),
    sources: pageSources(page, sources, lang),
    verifiedOn: page.verifiedOn,
  };
}

function sourceMap(library: ContentLibrary): Map<string, Source> {
  return new Map(library.sources.map((s) => [s.id, s]));
}

/** `GET /api/v1/knowledge`: every knowledge page in one language. */
export function presentKnowledgeList(library: ContentLibrary, lang: Lang): string {
  const sources = sourceMap(library);
  const pages = library.pages.map((p) => summaryOf(p, sources, lang));
  return JSON.stringify({ lang, count: pages.length, pages });
}

function presentCitation(c: Citation) {
  return { ...c, text: formatCitation(c) };
}

function presentReason(r: Reason) {
  return { code: r.code, text: r.text, citations: r.citations.map(presentCitation) };
}

/** The engine's checks of a form as the API answers them. */
function presentChecks(checks: FormChecks) {
  return {
    date: checks.date,
    ruleSet: checks.ruleSet,
    verdict: checks.form.verdict,
    conditions: checks.form.conditions.map(presentReason),
    reasons: checks.form.reasons.map(presentReason),
    risks: checks.form.risks.map(presentReason),
    questions: checks.questions.map((q) => ({ field: q.field, text: q.text })),
  };
}

/** `GET /api/v1/knowledge/{id}`: one page with its body, legal basis, sources and checks. */
export function presentKnowledgePage(
  library: ContentLibrary,
  page: KnowledgePage,
  lang: Lang,
  checks: FormChecks | null,
): string {
  const sources = sourceMap(library);
  const markdown = page.body[lang];
  const found: string[] = [];
  const rendered = renderMarkdown(markdown, {
    sources,
    terms: {
      matcher: termMatcher(library.glossary, lang),
      // The API's HTML is the text as written: terms are listed, not marked up.
      render: (entryId) => {
        if (!found.includes(entryId)) found.push(entryId);
        return null;
      },
    },
  });
  const form = page.form;
  return JSON.stringify({
    ...summaryOf(page, sources, lang),
    lang,
    markdown,
    html: rendered.html,
    headings: rendered.headings,
    legalBasis: legalBasisCitations(page.legalBasis, sources).map((c) => ({
      source: c.source,
      ref: c.ref,
      text: c.text,
      title: c.title?.[lang] ?? null,
      url: c.url,
      verified: c.verified,
    })),
    compare:
      page.compare === null
        ? null
        : Object.fromEntries(Object.entries(page.compare).map(([k, v]) => [k, v[lang]])),
    interview: page.interview,
    glossary: {
      related:
        form === null
          ? []
          : library.glossary.filter((e) => e.forms.includes(form)).map((e) => e.id),
      inText: found,
    },
    checks: checks === null ? null : presentChecks(checks),
  });
}
