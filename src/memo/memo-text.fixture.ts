// Reading memos back as a person's software would: the text of a DOCX from its document part,
// the text and the structure tree of a PDF through pdf.js.
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The visible text of a .docx: paragraphs on lines, tags removed, entities decoded. */
export async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('no word/document.xml in the DOCX');
  return decodeXml(
    xml
      .replace(/<\/w:p>/g, '\n')
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<[^>]+>/g, ''),
  );
}

/** One file of the DOCX package as text. */
export async function docxPart(bytes: Buffer, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const text = await zip.file(path)?.async('string');
  if (text === undefined) throw new Error(`no ${path} in the DOCX`);
  return text;
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** What pdf.js reads from a PDF: the text of every page and the roles of the structure tree. */
export interface PdfReading {
  pages: string[];
  /** All pages' text, whitespace (line ends included) collapsed to single spaces. */
  text: string;
  /** Every structure role on every page, in reading order (`H1`, `P`, `L`, `LI`, `Link` …). */
  roles: string[];
  /** The text marked as artifacts (outside the structure), per page. */
  artifacts: string[];
  title: string | undefined;
  lang: string | undefined;
}

interface StructNode {
  role?: string;
  children?: StructNode[];
}

/** Reads a PDF with pdf.js (the legacy build, which runs in Node). */
export async function readPdf(bytes: Buffer): Promise<PdfReading> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    const roles: string[] = [];
    const artifacts: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
          .join(''),
      );
      artifacts.push(await artifactText(page));
      const walk = (node: StructNode | null) => {
        if (node === null) return;
        if (node.role !== undefined) roles.push(node.role);
        for (const child of node.children ?? []) walk(child);
      };
      walk((await page.getStructTree()) as StructNode | null);
    }
    const meta = await pdf.getMetadata();
    const info = meta.info as { Title?: string; Language?: string };
    return {
      pages,
      text: pages.join('\n').replace(/\s+/g, ' '),
      roles,
      artifacts,
      title: info.Title,
      lang: info.Language,
    };
  } finally {
    await pdf.destroy();
  }
}

/**
 * The text a reader sees in a Markdown memo: link targets, table pipes and rules, heading and
 * list marks, emphasis and escapes removed.
 */
export function markdownText(markdown: string): string {
  return markdown
    .replace(/\]\(<[^>]*>\)/g, '')
    .replace(/<(https?:[^>]*)>/g, '$1')
    .replace(/^\|(?: --- \|)+$/gm, '')
    .replace(/^#+ /gm, '')
    .replace(/^- /gm, '')
    .replace(/\*\*/g, '')
    .replace(/(?<!\\)\[/g, '')
    .replace(/ ?(?<!\\)\| ?/g, ' ')
    .replace(/\\(.)/g, '$1');
}

/** The text of a page inside `Artifact` marked content. */
async function artifactText(page: {
  getTextContent(o: { includeMarkedContent: boolean }): Promise<{ items: unknown[] }>;
}): Promise<string> {
  const content = await page.getTextContent({ includeMarkedContent: true });
  const open: string[] = [];
  let text = '';
  for (const item of content.items as { type?: string; tag?: string; str?: string }[]) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
      open.push(item.tag ?? '');
    } else if (item.type === 'endMarkedContent') open.pop();
    else if (item.str !== undefined && open.includes('Artifact')) text += item.str;
  }
  return text;
}
