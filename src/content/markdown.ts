/**
 * Markdown of the knowledge pages to HTML. Raw HTML in content is not allowed (it is escaped), a
 * `source:` link becomes a citation linking to its source, headings get ids, and glossary terms
 * in the text are handed to the page, which decides how to explain them.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { Source } from './content-types';
import type { TermMatcher } from './term-matcher';

const md = MarkdownIt({ html: false, linkify: false, typographer: false });

/** A link found in the Markdown. */
export interface MarkdownLink {
  href: string;
  text: string;
}

/** What rendering found, for the page and for the content lint. */
export interface RenderedMarkdown {
  html: string;
  headings: { level: number; text: string; slug: string }[];
  /** Links other than citations. */
  links: MarkdownLink[];
  /** `source:` links, with the source id in `href` (without the scheme). */
  citations: MarkdownLink[];
  /** Text outside citations, one string per text run, for the citation lint. */
  uncitedText: string[];
}

/** How to show a glossary term; null leaves it as plain text. */
export type TermRenderer = (entryId: string, text: string) => string | null;

/** Options for {@link renderMarkdown}. */
export interface RenderOptions {
  sources?: ReadonlyMap<string, Source>;
  terms?: { matcher: TermMatcher; render: TermRenderer };
}

/** A heading's id: lowercase words joined by `-`, letters of any script kept. */
export function slugify(text: string): string {
  return text
    .toLocaleLowerCase('sv')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const SOURCE_SCHEME = 'source:';

function inlineText(token: Token): string {
  return (token.children ?? [])
    .filter((c) => c.type === 'text' || c.type === 'code_inline')
    .map((c) => c.content)
    .join('');
}

/** Renders Markdown and reports its headings, links and citations. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): RenderedMarkdown {
  const tokens = md.parse(markdown, {});
  const headings: RenderedMarkdown['headings'] = [];
  const links: MarkdownLink[] = [];
  const citations: MarkdownLink[] = [];
  const uncitedText: string[] = [];
  const slugs = new Set<string>();
  let inHeading = false;
  for (const token of tokens) {
    if (token.type === 'heading_open') {
      inHeading = true;
      continue;
    }
    if (token.type === 'heading_close') {
      inHeading = false;
      continue;
    }
    if (token.type !== 'inline') continue;
    if (inHeading) {
      const open = tokens[tokens.indexOf(token) - 1];
      const text = inlineText(token);
      let slug = slugify(text) || 'avsnitt';
      for (let n = 2; slugs.has(slug); n++) slug = `${slugify(text)}-${n}`;
      slugs.add(slug);
      open?.attrSet('id', slug);
      headings.push({ level: Number(open?.tag.slice(1) ?? 2), text, slug });
    }
    token.children = transformInline(token.children ?? [], {
      options,
      links,
      citations,
      uncitedText,
      markTerms: !inHeading,
    });
  }
  return {
    html: md.renderer.render(tokens, md.options, {}),
    headings,
    links,
    citations,
    uncitedText,
  };
}

function transformInline(
  children: Token[],
  ctx: {
    options: RenderOptions;
    links: MarkdownLink[];
    citations: MarkdownLink[];
    uncitedText: string[];
    markTerms: boolean;
  },
): Token[] {
  const out: Token[] = [];
  let link: { token: Token; href: string; text: string; citation: boolean } | null = null;
  for (const child of children) {
    if (child.type === 'link_open') {
      const href = String(child.attrGet('href') ?? '');
      const citation = href.startsWith(SOURCE_SCHEME);
      link = { token: child, href, text: '', citation };
      if (citation) {
        const id = href.slice(SOURCE_SCHEME.length);
        const source = ctx.options.sources?.get(id);
        child.attrSet('href', source?.url ?? '#');
        child.attrSet('class', 'citation');
      }
      out.push(child);
      continue;
    }
    if (child.type === 'link_close' && link !== null) {
      const found = { href: link.href, text: link.text };
      if (link.citation) {
        ctx.citations.push({ ...found, href: link.href.slice(SOURCE_SCHEME.length) });
      } else {
        ctx.links.push(found);
      }
      link = null;
      out.push(child);
      continue;
    }
    if (child.type === 'text' || child.type === 'code_inline') {
      if (link !== null) {
        link.text += child.content;
        if (!link.citation) ctx.uncitedText.push(child.content);
        out.push(child);
        continue;
      }
      ctx.uncitedText.push(child.content);
      if (child.type === 'text' && ctx.markTerms && ctx.options.terms !== undefined) {
        out.push(...markTerms(child, ctx.options.terms));
        continue;
      }
    }
    out.push(child);
  }
  return out;
}

function markTerms(token: Token, terms: { matcher: TermMatcher; render: TermRenderer }): Token[] {
  const segments = terms.matcher.segments(token.content);
  if (segments.every((s) => s.entryId === null)) return [token];
  return segments.map((s) => {
    const html = s.entryId === null ? null : terms.render(s.entryId, s.text);
    const t = new (token.constructor as typeof Token)(
      html === null ? 'text' : 'html_inline',
      '',
      0,
    );
    t.content = html ?? s.text;
    return t;
  });
}

/** The text of Markdown without markup, for search. */
export function plainText(markdown: string): string {
  const parts: string[] = [];
  for (const token of md.parse(markdown, {})) {
    if (token.type !== 'inline') continue;
    parts.push(inlineText(token).trim());
  }
  return parts.filter((p) => p !== '').join('\n');
}
