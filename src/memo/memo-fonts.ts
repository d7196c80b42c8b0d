// The PDF's fonts: DejaVu Sans and DejaVu Sans Bold from the dejavu-fonts-ttf package, read once
// from node_modules at run time. Bundling them (never the machine's own fonts) makes every server
// produce the same PDF, with å, ä, ö and every Latin letter embedded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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
