import { describe, expect, it } from 'vitest';
import { expectMemoText, MEMO_EXPECTATIONS } from './memo-expectations.fixture';
import { renderMemoPdf } from './memo-pdf';
import { exampleMemo } from './memo-render.fixture';
import { readPdf } from './memo-text.fixture';

describe('the decision memo as a tagged PDF', () => {
  for (const e of MEMO_EXPECTATIONS) {
    it(`says every verdict with its citations for ${e.file} in ${e.lang}`, async () => {
      const { result, memo } = exampleMemo(e.file, e.lang);
      const bytes = await renderMemoPdf(memo);
      expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
      const pdf = await readPdf(bytes);
      expectMemoText(pdf.text, result, e);
      expect(pdf.title).toBe(memo.title);
      expect(pdf.lang).toBe(e.lang === 'sv' ? 'sv-SE' : 'en-GB');
    });
  }

  it('is tagged: a structure tree of headings, paragraphs, lists, tables and links', async () => {
    const { memo } = exampleMemo(MEMO_EXPECTATIONS[0]!.file, 'sv');
    const bytes = await renderMemoPdf(memo);
    const raw = bytes.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toContain('/Lang (sv-SE)');
    expect(raw).toMatch(/\/DisplayDocTitle true/);

    const pdf = await readPdf(bytes);
    for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody']) {
      expect(pdf.roles).toContain(role);
    }
    for (const role of ['Table', 'TR', 'TH', 'TD', 'Link']) expect(pdf.roles).toContain(role);
    expect(pdf.roles.filter((r) => r === 'H1')).toHaveLength(1);
    expect(pdf.roles.filter((r) => r === 'H3').length).toBeGreaterThanOrEqual(12);
  });

  it('embeds its fonts, uses no standard font, and numbers its A4 pages', async () => {
    const { memo } = exampleMemo(MEMO_EXPECTATIONS[0]!.file, 'sv');
    const bytes = await renderMemoPdf(memo);
    const raw = bytes.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toContain('/Helvetica');
    expect(raw).toContain('/MediaBox [0 0 595.28 841.89]');
    const pdf = await readPdf(bytes);
    const pages = pdf.pages.length;
    expect(pages).toBeGreaterThan(1);
    // Page numbers are artifacts: shown, but outside the structure a screen reader follows.
    pdf.artifacts.forEach((text, i) =>
      expect(text).toMatch(new RegExp(`Sida ${i + 1} av ${pages}$`)),
    );
    // The facts table runs onto the second page, where its header row is repeated as an artifact.
    expect(pdf.artifacts[1]).toMatch(/^Fråga ?Svar/);
    expect(pdf.artifacts).toHaveLength(pages);
  });
});
