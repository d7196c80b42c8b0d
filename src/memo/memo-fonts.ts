// The PDF's fonts: DejaVu Sans and DejaVu Sans Bold from the dejavu-fonts-ttf package, read once
// from node_modules at run time. Bundling them (never the machine's own fonts) makes every server
// produce the same PDF, with å, ä, ö and every Latin letter embedded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/** The two font files the memo embeds. */
export interface MemoFonts {
  regular: Buffer;
  bold: Buffer;
}

let fonts: MemoFonts | undefined;

/** The memo's fonts (read on first use, then kept). */
export function memoFonts(): MemoFonts {
  if (fonts === undefined) {
    const require = createRequire(import.meta.url);
    const read = (file: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
    fonts = { regular: read('DejaVuSans.ttf'), bold: read('DejaVuSans-Bold.ttf') };
  }
  return fonts;
}

/** A font as pdfkit takes it: file bytes, or a font it has already parsed. */
export type PdfFontSource = Buffer | object;

/** The parsed fonts pdfkit's font objects keep (not in pdfkit's type definitions). */
interface LoadedFont {
  _font?: { font?: { layout?: unknown } };
}

let parsed: { regular: PdfFontSource; bold: PdfFontSource } | undefined;

/**
 * The memo's fonts parsed once for all PDFs. Parsing two DejaVu files costs more than laying out
 * a whole memo, and pdfkit accepts an already parsed font (anything with `layout`) in place of
 * the bytes; each document still embeds its own subset. Falls back to the bytes should a pdfkit
 * version keep its parsed font elsewhere.
 */
export function pdfFonts(): { regular: PdfFontSource; bold: PdfFontSource } {
  if (parsed === undefined) {
    const { regular, bold } = memoFonts();
    const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
    const parse = (bytes: Buffer): PdfFontSource => {
      const font = (doc.font(bytes) as unknown as LoadedFont)._font?.font;
      return typeof font?.layout === 'function' ? font : bytes;
    };
    parsed = { regular: parse(regular), bold: parse(bold) };
  }
  return parsed;
}
