import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './text-decoding';

describe('decodeCsvBytes', () => {
  const text = 'namn;kommunkod\nFöreningen Åre Älvdal;2321\n';

  it('reads UTF-8 without and with a byte order mark', () => {
    expect(decodeCsvBytes(Buffer.from(text, 'utf8'))).toEqual({
      ok: true,
      text,
      encoding: 'utf-8',
    });
    expect(
      decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])),
    ).toEqual({ ok: true, text, encoding: 'utf-8-bom' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, the Swedish Excel export', () => {
    const bytes = Buffer.from(text, 'latin1');
    expect(bytes.includes(0xe5) || bytes.includes(0xc5)).toBe(true);
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text, encoding: 'windows-1252' });
    // Windows-1252 differs from Latin-1 in 0x80–0x9f: 0x96 is an en dash there.
    expect(decodeCsvBytes(Buffer.from([0x41, 0x96, 0x42, 0xe4]))).toEqual({
      ok: true,
      text: 'A–Bä',
      encoding: 'windows-1252',
    });
  });

  it('reads UTF-16 with its mark, as Excel saves Unicode text', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text, encoding: 'utf-16le' });
  });

  it('refuses a binary file', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(decodeCsvBytes(zip)).toEqual({ ok: false, problem: 'not-text' });
  });
});
