/**
 * The bytes of an uploaded or saved CSV file as text. Files come from spreadsheets: UTF-8 (with or
 * without a byte order mark), Excel's "Unicode text" (UTF-16 with its mark), and the Windows-1252
 * of a Swedish Excel's plain "CSV (semikolonavgränsad)" export, which is not valid UTF-8 as soon as
 * a name has å, ä or ö in it.
 */

/** The encoding a file was read in. */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The text of a file, or why the bytes are no text file at all. */
export type DecodedText =
  { ok: true; text: string; encoding: CsvEncoding } | { ok: false; problem: 'not-text' };

/**
 * Decodes `bytes`: a byte order mark decides when there is one; otherwise UTF-8 when the bytes
 * are valid UTF-8, else Windows-1252 (every byte is a character there, so it always succeeds).
 * NUL bytes outside UTF-16 mean a binary file, such as an .xlsx workbook saved under a .csv name.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (bytes.includes(0)) return { ok: false, problem: 'not-text' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ok: true, text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Windows-1252 differs from Latin-1 in 0x80–0x9f (€, ‚, „, …, the dashes and curly quotes, Š, Ž,
// Ÿ). Node 20's TextDecoder('windows-1252') decodes as Latin-1, so the table is applied here.
// The five bytes Windows-1252 leaves unassigned keep their Latin-1 value, as the WHATWG
// Encoding Standard has it.
const HIGH_CONTROLS = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Windows-1252 bytes as text. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunk = 8192;
  const parts: string[] = [];
  const units = new Uint16Array(chunk);
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(start + chunk, bytes.length);
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      units[i - start] = byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROLS[byte - 0x80]! : byte;
    }
    parts.push(String.fromCharCode(...units.subarray(0, end - start)));
  }
  return parts.join('');
}

function decode(encoding: string, bytes: Uint8Array): string {
  // The mark is already cut off: a second one would be a character of the text.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}
