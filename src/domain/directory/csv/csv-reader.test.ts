import { describe, expect, it } from 'vitest';
import { csvField, detectDelimiter, readCsvRecords } from './csv-reader';

describe('detectDelimiter', () => {
  it('takes the separator the header line uses most, outside quotes', () => {
    expect(detectDelimiter('organisationsnummer;namn;kommunkod\n')).toBe(';');
    expect(detectDelimiter('organisationsnummer,namn,kommunkod\n')).toBe(',');
    expect(detectDelimiter('organisationsnummer\tnamn\tkommunkod\n')).toBe('\t');
    expect(detectDelimiter('"namn, med komma";orgnr\n')).toBe(';');
    expect(detectDelimiter('\n\n  \na,b;c;d\n')).toBe(';');
  });

  it('prefers ; in a tie and , for a single column', () => {
    expect(detectDelimiter('a;b,c\n')).toBe(';');
    expect(detectDelimiter('organisationsnummer\n')).toBe(',');
  });
});

describe('readCsvRecords', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    const text = 'a;b;c\r\n1;"x; y";"sa ""hej"""\r\n2;"rad ett\r\nrad två";z\r\n';
    const read = readCsvRecords(text, ';');
    expect(read).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['1', 'x; y', 'sa "hej"'] },
        { line: 3, fields: ['2', 'rad ett\r\nrad två', 'z'] },
      ],
    });
  });

  it('skips empty lines and lines of separators but keeps the line numbers of the file', () => {
    const text = 'a,b\n\n1,2\n,,\n   \n"3\n\n4",5\n6,7';
    const read = readCsvRecords(text, ',');
    expect(read.ok && read.records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b']],
      [3, ['1', '2']],
      [6, ['3\n\n4', '5']],
      [9, ['6', '7']],
    ]);
  });

  it('ends lines at CRLF, LF and CR alike', () => {
    const read = readCsvRecords('a\r1\n2\r\n3', ',');
    expect(read.ok && read.records.map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'a'],
      [2, '1'],
      [3, '2'],
      [4, '3'],
    ]);
  });

  it('takes a quote inside an unquoted field as it stands', () => {
    const read = readCsvRecords('a;b\n5" skärm;x\n', ';');
    expect(read.ok && read.records[1]!.fields).toEqual(['5" skärm', 'x']);
  });

  it('names the line of a quote that is never closed', () => {
    expect(readCsvRecords('a;b\n1;2\n3;"öppen\n4;5\n', ';')).toEqual({
      ok: false,
      problem: 'unclosed-quote',
      line: 3,
    });
  });

  it('reads back what csvField writes', () => {
    const values = ['plain', 'a;b', 'a,b', 'sa "hej"', 'rad\r\nbrytning', ' kant ', ''];
    for (const delimiter of [';', ',', '\t'] as const) {
      const line = values.map((v) => csvField(v, delimiter)).join(delimiter);
      const read = readCsvRecords(`${line}\r\n`, delimiter);
      expect(read.ok && read.records[0]!.fields).toEqual(values);
    }
  });
});
