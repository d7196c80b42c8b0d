import { describe, expect, it } from 'vitest';
import { expectMemoText, MEMO_EXPECTATIONS } from './memo-expectations.fixture';
import { renderMemoDocx } from './memo-docx';
import { exampleMemo } from './memo-render.fixture';
import { docxPart, docxText } from './memo-text.fixture';

describe('the decision memo as a Word document', () => {
  for (const e of MEMO_EXPECTATIONS) {
    it(`says every verdict with its citations for ${e.file} in ${e.lang}`, async () => {
      const { result, memo } = exampleMemo(e.file, e.lang);
      const bytes = await renderMemoDocx(memo);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expectMemoText(await docxText(bytes), result, e);
    });
  }

  it('has real headings, bullet lists, tables with a header row, links, the language and the title', async () => {
    const { memo } = exampleMemo(MEMO_EXPECTATIONS[0]!.file, 'sv');
    const bytes = await renderMemoDocx(memo);
    const document = await docxPart(bytes, 'word/document.xml');
    const count = (pattern: RegExp) => (document.match(pattern) ?? []).length;
    expect(count(/<w:pStyle w:val="Heading1"\/>/g)).toBe(1);
    expect(count(/<w:pStyle w:val="Heading2"\/>/g)).toBeGreaterThanOrEqual(6);
    expect(count(/<w:pStyle w:val="Heading3"\/>/g)).toBeGreaterThanOrEqual(12);
    expect(count(/<w:numPr>/g)).toBeGreaterThan(20);
    expect(count(/<w:tbl>/g)).toBe(4);
    expect(count(/<w:tblHeader\/>/g)).toBe(4);
    expect(count(/<w:hyperlink /g)).toBeGreaterThan(20);

    const relations = await docxPart(bytes, 'word/_rels/document.xml.rels');
    expect(relations).toContain('Target="https://rkrattsbaser.gov.se/sfst?bet=2016:1145"');
    expect(relations).toContain('TargetMode="External"');

    const styles = await docxPart(bytes, 'word/styles.xml');
    expect(styles).toContain('<w:lang w:val="sv-SE"/>');

    const core = await docxPart(bytes, 'docProps/core.xml');
    expect(core).toContain(
      '<dc:title>Beslutsunderlag: val av samverkansform – Äldreomsorg</dc:title>',
    );

    const footer = await docxPart(bytes, 'word/footer1.xml');
    expect(footer).toContain('Sida ');
    expect(footer).toContain('NUMPAGES');
  });

  it('is in English with the English language set', async () => {
    const { memo } = exampleMemo(MEMO_EXPECTATIONS[1]!.file, 'en');
    const bytes = await renderMemoDocx(memo);
    expect(await docxPart(bytes, 'word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
    expect(await docxPart(bytes, 'docProps/core.xml')).toContain(
      '<dc:title>Decision memo: choice of collaboration form',
    );
  });
});
