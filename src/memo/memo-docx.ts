// The memo as a Word document (DOCX): real heading styles (a navigation pane and a screen reader
// see the outline), lists, tables with a repeated header row, links, the document's language on
// every run, A4 pages numbered in the footer, and the title in the core properties.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  HeightRule,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Inline, MemoBlock, MemoDocument } from './memo-document';

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** A4 in twentieths of a point, with 2.5 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1418;

/** The memo as the bytes of a .docx file. */
export async function renderMemoDocx(memo: MemoDocument): Promise<Buffer> {
  const doc = new Document({
    title: memo.title,
    subject: memo.documentName,
    creator: 'samverka',
    lastModifiedBy: 'samverka',
    description: memo.title,
    styles: {
      default: {
        document: { run: { language: { value: memo.languageTag }, size: 22 } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: { default: footer(memo.pageTemplate) },
        children: memo.blocks.flatMap(block),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function block(b: MemoBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level], children: [new TextRun(b.text)] })];
    case 'paragraph':
      return [new Paragraph({ children: inlines(b.content), spacing: { after: 120 } })];
    case 'label':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 120, after: 60 },
          children: [new TextRun({ text: b.text, bold: true })],
        }),
      ];
    case 'list':
      return b.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, children: inlines(item) }),
      );
    case 'table':
      return [table(b.head, b.rows), spacer()];
    case 'fill-in':
      return [
        table(
          b.head,
          b.fields.map((f) => [f, '']),
          true,
        ),
        spacer(),
      ];
  }
}

function inlines(content: readonly Inline[]): ParagraphChild[] {
  return content.map((i) =>
    i.url === undefined
      ? new TextRun(i.text)
      : new ExternalHyperlink({
          link: i.url,
          children: [new TextRun({ text: i.text, style: 'Hyperlink' })],
        }),
  );
}

function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  fillIn = false,
): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: head.map((h) => cell(h, true)),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            // Room to write by hand in the decision's empty cells.
            ...(fillIn ? { height: { value: 680, rule: HeightRule.ATLEAST } } : {}),
            children: r.map((c) => cell(c)),
          }),
      ),
    ],
  });
}

/** Word puts two tables that follow each other together; an empty paragraph keeps them apart. */
function spacer(): Paragraph {
  return new Paragraph({ children: [] });
}

function footer(template: string): Footer {
  const [before = '', rest = ''] = template.split('{page}');
  const [between = '', after = ''] = rest.split('{pages}');
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after],
          }),
        ],
      }),
    ],
  });
}
