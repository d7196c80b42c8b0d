// The memo as a tagged PDF (PDF 1.7): every heading, paragraph, list and table is a structure
// element in reading order, links carry their annotation, page numbers are pagination artifacts,
// the document language and title are set, and the DejaVu fonts are embedded so that å, ä and ö
// print and extract correctly everywhere.
import PDFDocument from 'pdfkit';
import type { Inline, MemoBlock, MemoDocument } from './memo-document';
import { pageLabel } from './memo-document';
import { pdfFonts } from './memo-fonts';

const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';

/** A4 with margins of about 2.2 cm, room below for the page number. */
const MARGINS = { top: 62, bottom: 70, left: 62, right: 62 };
const SIZE = { body: 10.5, h1: 18, h2: 14, h3: 12, footer: 9 } as const;
const LINE_GAP = 2;
const TEXT_COLOR = '#1a1a1a';
/** Dark enough for a contrast above 7:1 on white. */
const LINK_COLOR = '#1a4b8c';
const RULE_COLOR = '#6b6b6b';
const HEAD_FILL = '#ececec';
const BULLET_INDENT = 16;
const CELL_PAD = { x: 6, y: 4 };

/** Column widths as shares of the text width: the first `first`, the rest evenly. */
function shares(columns: number, first: number): number[] {
  if (columns === 1) return [1];
  return [first, ...Array<number>(columns - 1).fill((1 - first) / (columns - 1))];
}

/** The memo as the bytes of a PDF file. */
export function renderMemoPdf(memo: MemoDocument): Promise<Buffer> {
  const { regular, bold } = pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    pdfVersion: '1.7',
    tagged: true,
    lang: memo.languageTag,
    displayTitle: true,
    bufferPages: true,
    // No built-in standard font: every glyph comes from the embedded DejaVu files.
    font: null as unknown as string,
    info: {
      Title: memo.title,
      Subject: memo.documentName,
      Author: 'samverka',
      Creator: 'samverka',
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(REGULAR, regular as PDFKit.Mixins.PDFFontSource);
  doc.registerFont(BOLD, bold as PDFKit.Mixins.PDFFontSource);
  doc.font(REGULAR).fontSize(SIZE.body).fillColor(TEXT_COLOR);

  const root = doc.struct('Document');
  doc.addStructure(root);
  const writer = new PdfWriter(doc, root);
  memo.blocks.forEach((block, i) => {
    // The decision's heading, its note and the fields to fill in stay on one page.
    const fillIn = memo.blocks.slice(i, i + 3).find((b) => b.kind === 'fill-in');
    if (block.kind === 'heading' && fillIn?.kind === 'fill-in') {
      writer.keepSpace(fillInHeight(fillIn.fields.length) + 80);
    }
    writer.block(block);
  });
  root.end();
  writer.pageNumbers(memo.pageTemplate);
  doc.end();
  return done;
}

type Struct = PDFKit.PDFStructureElement;

/** Height of each row to write in by hand. */
const FILL_IN_ROW = 30;

function fillInHeight(rows: number): number {
  return (rows + 1) * (FILL_IN_ROW + 4);
}

/** The part of a structure element that its type definitions leave out. */
interface StructDictionary {
  dictionary: { data: Record<string, unknown> };
}

/** Sets a structure element's attributes (`/A`); plain strings become PDF names. */
function attributes(element: Struct, attrs: Record<string, string>): void {
  (element as unknown as StructDictionary).dictionary.data.A = attrs;
}

class PdfWriter {
  private readonly left = MARGINS.left;
  private readonly width: number;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly root: Struct,
  ) {
    this.width = doc.page.width - MARGINS.left - MARGINS.right;
  }

  block(b: MemoBlock): void {
    switch (b.kind) {
      case 'heading':
        return this.heading(b.level, b.text);
      case 'paragraph':
        return this.paragraph(b.content);
      case 'label':
        return this.label(b.text);
      case 'list':
        return this.list(b.items);
      case 'table':
        return this.table(b.head, b.rows, shares(b.head.length, 0.45), false);
      case 'fill-in':
        return this.table(
          b.head,
          b.fields.map((f) => [f, '']),
          shares(2, 0.4),
          true,
        );
    }
  }

  private heading(level: 1 | 2 | 3, text: string): void {
    const { doc } = this;
    const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
    if (!this.atPageTop()) doc.y += level === 2 ? 14 : 8;
    doc.font(BOLD).fontSize(size);
    // A heading never ends a page: keep it with the first lines that follow it.
    this.ensureSpace(doc.heightOfString(text, { width: this.width }) + 4 * this.bodyLine());
    this.root.add(
      doc.struct(`H${level}`, {}, () => {
        doc.text(text, this.left, doc.y, { width: this.width, lineGap: LINE_GAP });
      }),
    );
    doc.y += level === 1 ? 8 : 4;
    doc.font(REGULAR).fontSize(SIZE.body);
  }

  private paragraph(content: readonly Inline[]): void {
    this.ensureSpace(2 * this.bodyLine());
    const p = this.doc.struct('P');
    this.root.add(p);
    this.inlines(p, content, this.left, this.width);
    p.end();
    this.doc.y += 6;
  }

  private label(text: string): void {
    const { doc } = this;
    doc.y += 4;
    this.ensureSpace(3 * this.bodyLine());
    doc.font(BOLD).fontSize(SIZE.body);
    this.root.add(
      doc.struct('P', {}, () => {
        doc.text(text, this.left, doc.y, { width: this.width, lineGap: LINE_GAP });
      }),
    );
    doc.font(REGULAR);
    doc.y += 2;
  }

  private list(items: readonly (readonly Inline[])[]): void {
    const { doc } = this;
    const list = doc.struct('L');
    this.root.add(list);
    for (const item of items) {
      this.ensureSpace(2 * this.bodyLine());
      const y = doc.y;
      const li = doc.struct('LI');
      list.add(li);
      li.add(
        doc.struct('Lbl', {}, () => {
          doc.text('•', this.left + 4, y, { width: BULLET_INDENT, lineBreak: false });
        }),
      );
      doc.y = y;
      const body = doc.struct('LBody');
      li.add(body);
      this.inlines(body, item, this.left + BULLET_INDENT, this.width - BULLET_INDENT);
      body.end();
      li.end();
      doc.x = this.left;
      doc.y += 3;
    }
    list.end();
    doc.y += 3;
  }

  /**
   * Writes runs of text as one flowing paragraph into `parent`: plain runs as its content,
   * links as `Link` elements that hold both the text and the link annotation.
   */
  private inlines(parent: Struct, content: readonly Inline[], x: number, width: number): void {
    const { doc } = this;
    doc.font(REGULAR).fontSize(SIZE.body).fillColor(TEXT_COLOR);
    const y = doc.y;
    content.forEach((inline, i) => {
      const options: PDFKit.Mixins.TextOptions = {
        width,
        lineGap: LINE_GAP,
        continued: i < content.length - 1,
      };
      const write = (more: PDFKit.Mixins.TextOptions) =>
        i === 0
          ? doc.text(inline.text, x, y, { ...options, ...more })
          : doc.text(inline.text, { ...options, ...more });
      if (inline.url === undefined) {
        parent.add(() => write({}));
        return;
      }
      const url = inline.url;
      parent.add(
        doc.struct('Link', {}, () => {
          doc.fillColor(LINK_COLOR);
          write({ link: url, underline: true });
          doc.fillColor(TEXT_COLOR);
        }),
      );
    });
  }

  /**
   * A table drawn row by row: `Table`, `TR`, `TH` (scope: column) and `TD` elements, borders and
   * shading as layout artifacts, the header row repeated (as an artifact) on each new page.
   */
  private table(
    head: readonly string[],
    rows: readonly (readonly string[])[],
    shares: readonly number[],
    fillIn: boolean,
  ): void {
    const { doc } = this;
    this.ensureSpace(4 * this.bodyLine());
    const widths = shares.map((s) => s * this.width);
    const table = doc.struct('Table');
    this.root.add(table);
    this.row(table, head, widths, 'TH', 0);
    const pageBody = doc.page.height - MARGINS.top - MARGINS.bottom;
    for (const cells of rows) {
      const height = this.rowHeight(cells, widths, fillIn ? FILL_IN_ROW : 0);
      if (height > pageBody - 2 * this.bodyLine()) {
        this.tallRow(table, cells);
        continue;
      }
      if (doc.y + height > doc.page.height - MARGINS.bottom) {
        doc.addPage();
        this.row(null, head, widths, 'TH', 0);
      }
      this.row(table, cells, widths, 'TD', fillIn ? FILL_IN_ROW : 0);
    }
    table.end();
    doc.font(REGULAR).fontSize(SIZE.body).fillColor(TEXT_COLOR);
    doc.x = this.left;
    doc.y += 10;
  }

  private rowHeight(cells: readonly string[], widths: readonly number[], minimum: number): number {
    const heights = cells.map((text, i) =>
      text === ''
        ? 0
        : this.doc.heightOfString(text, { width: widths[i]! - 2 * CELL_PAD.x, lineGap: LINE_GAP }),
    );
    return Math.max(minimum, ...heights) + 2 * CELL_PAD.y;
  }

  /**
   * A row too tall for any page (only very long typed answers make one): its cells one below the
   * other at full width, flowing across pages, still a `TR` of `TD`s, with a rule below.
   */
  private tallRow(table: Struct, cells: readonly string[]): void {
    const { doc } = this;
    doc.font(REGULAR).fontSize(SIZE.body).fillColor(TEXT_COLOR);
    this.ensureSpace(2 * this.bodyLine());
    doc.y += CELL_PAD.y;
    const tr = doc.struct('TR');
    table.add(tr);
    for (const text of cells) {
      const cell = doc.struct('TD');
      tr.add(cell);
      if (text !== '') {
        cell.add(() => {
          doc.text(text, this.left + CELL_PAD.x, doc.y, {
            width: this.width - 2 * CELL_PAD.x,
            lineGap: LINE_GAP,
          });
        });
      }
      cell.end();
      doc.y += CELL_PAD.y;
    }
    tr.end();
    doc.markContent('Artifact', { type: 'Layout' });
    doc
      .lineWidth(0.5)
      .strokeColor(RULE_COLOR)
      .moveTo(this.left, doc.y)
      .lineTo(this.left + this.width, doc.y)
      .stroke();
    doc.endMarkedContent();
    doc.x = this.left;
  }

  /** One row at `doc.y`; `table` null draws a repeated header row as an artifact only. */
  private row(
    table: Struct | null,
    cells: readonly string[],
    widths: readonly number[],
    type: 'TH' | 'TD',
    minimum: number,
  ): void {
    const { doc } = this;
    doc.font(type === 'TH' ? BOLD : REGULAR).fontSize(SIZE.body);
    const height = this.rowHeight(cells, widths, minimum);
    const top = doc.y;
    const lefts = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));

    doc.markContent('Artifact', { type: 'Layout' });
    if (type === 'TH') doc.rect(this.left, top, this.width, height).fill(HEAD_FILL);
    doc.lineWidth(0.5).strokeColor(RULE_COLOR);
    lefts.forEach((x, i) => doc.rect(x, top, widths[i]!, height).stroke());
    doc.fillColor(TEXT_COLOR);
    doc.endMarkedContent();

    const write = (text: string, i: number) => {
      doc.text(text, lefts[i]! + CELL_PAD.x, top + CELL_PAD.y, {
        width: widths[i]! - 2 * CELL_PAD.x,
        lineGap: LINE_GAP,
      });
    };
    if (table === null) {
      doc.markContent('Artifact', { type: 'Pagination' });
      cells.forEach(write);
      doc.endMarkedContent();
    } else {
      const tr = doc.struct('TR');
      table.add(tr);
      cells.forEach((text, i) => {
        const cell = doc.struct(type);
        if (type === 'TH') attributes(cell, { O: 'Table', Scope: 'Column' });
        tr.add(cell);
        if (text !== '') cell.add(() => write(text, i));
        cell.end();
      });
      tr.end();
    }
    doc.x = this.left;
    doc.y = top + height;
  }

  /** `Sida 1 av 3` at the foot of every page, marked as a pagination artifact. */
  pageNumbers(template: string): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      // Writing below the bottom margin must not start a new page.
      doc.page.margins.bottom = 0;
      doc.markContent('Artifact', { type: 'Pagination', attached: ['Bottom'] });
      doc
        .font(REGULAR)
        .fontSize(SIZE.footer)
        .fillColor(TEXT_COLOR)
        .text(pageLabel(template, i + 1, range.count), this.left, doc.page.height - 42, {
          width: this.width,
          align: 'center',
          lineBreak: false,
        });
      doc.endMarkedContent();
      doc.page.margins.bottom = bottom;
    }
  }

  /** Starts a new page unless `height` points are left on this one. */
  keepSpace(height: number): void {
    if (!this.atPageTop()) this.ensureSpace(height);
  }

  private bodyLine(): number {
    return SIZE.body * 1.2 + LINE_GAP;
  }

  private atPageTop(): boolean {
    return this.doc.y <= MARGINS.top + 1;
  }

  private ensureSpace(height: number): void {
    const { doc } = this;
    if (doc.y + height > doc.page.height - MARGINS.bottom) doc.addPage();
  }
}
