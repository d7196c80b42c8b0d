// The memo as CommonMark: headings, lists and pipe tables (GitHub Flavored Markdown), every
// character that Markdown would read as syntax escaped, so that text from the case stays text.
import type { Inline, MemoBlock, MemoDocument } from './memo-document';

/** The memo as a Markdown document (UTF-8 text, one trailing newline). */
export function renderMemoMarkdown(memo: MemoDocument): string {
  return `${memo.blocks.map(block).join('\n\n')}\n`;
}

function block(b: MemoBlock): string {
  switch (b.kind) {
    case 'heading':
      // A `#` at a heading's end would be read as its closing sequence.
      return `${'#'.repeat(b.level)} ${escapeText(b.text).replace(/#/g, '\\#')}`;
    case 'paragraph':
      return escapeLineStart(inlines(b.content));
    case 'label':
      return `**${escapeText(b.text)}**`;
    case 'list':
      return b.items.map((item) => `- ${inlines(item)}`).join('\n');
    case 'table':
      return table(b.head, b.rows);
    case 'fill-in':
      return table(
        b.head,
        b.fields.map((f) => [f, '']),
      );
  }
}

function inlines(content: readonly Inline[]): string {
  return content
    .map((i) => {
      if (i.url === undefined) return escapeText(i.text);
      // An absolute address shown as itself is an autolink; anything else links to its address.
      if (i.text === i.url && /^[a-z][a-z0-9+.-]*:/i.test(i.url)) return `<${destination(i.url)}>`;
      return `[${escapeText(i.text)}](<${destination(i.url)}>)`;
    })
    .join('');
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function cell(s: string): string {
  return escapeText(s).replace(/\s*\n\s*/g, ' ');
}

/** Backslash-escapes the ASCII punctuation that has a meaning inside a line. */
function escapeText(s: string): string {
  return s.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}

/** A line that would start a heading, quote, list or thematic break is made plain text. */
function escapeLineStart(s: string): string {
  return s.replace(/^(\s*)([#>+=-]|\d+[.)])/, (_m, space: string, mark: string) =>
    mark.length === 1 ? `${space}\\${mark}` : `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}`,
  );
}

/** A link destination inside `<…>`: no angle brackets, spaces or line breaks. */
function destination(url: string): string {
  return url.replace(/[<>\s]/g, (c) => encodeURIComponent(c));
}
