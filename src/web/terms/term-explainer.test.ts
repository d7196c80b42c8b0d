import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../content';
import { renderMarkdown } from '../../content';
import { TermExplainer } from './term-explainer';

const ENTRIES: GlossaryEntry[] = [
  {
    id: 'anbud',
    procurement: { sv: ['anbud'], en: ['tender'] },
    civil: { sv: ['erbjudande'], en: ['offer'] },
    match: { sv: ['anbudet'], en: ['tenders'] },
    skip: { sv: [], en: [] },
    definition: { sv: 'Ett skriftligt erbjudande <b>.', en: 'A written offer.' },
    example: { sv: 'Exempel.', en: 'Example.' },
    legal: false,
    sources: [],
    forms: [],
    related: [],
  },
  {
    id: 'reserverad-upphandling',
    procurement: { sv: ['reserverad upphandling'], en: ['reserved procurement'] },
    civil: { sv: ['upphandling bara för idéburna'], en: ['procurement only for non-profits'] },
    match: { sv: [], en: [] },
    skip: { sv: [], en: [] },
    definition: { sv: 'En upphandling där bara vissa får delta.', en: 'Only some may take part.' },
    example: { sv: 'Exempel.', en: 'Example.' },
    legal: false,
    sources: [],
    forms: [],
    related: [],
  },
];

describe('term explanations', () => {
  it('explains the first appearance of a term and leaves later ones plain', () => {
    const ex = new TermExplainer('sv', ENTRIES);
    const out = ex.text('Anbudet kom in. Ett anbud till.').value;
    expect(out.match(/popovertarget="term-anbud"/g)).toHaveLength(2); // the term and its close button
    expect(out).toContain(
      '<button type="button" class="term" popovertarget="term-anbud">Anbudet</button',
    );
    expect(out).toContain('Ett anbud till.');
    expect(ex.explainedIds()).toEqual(['anbud']);
  });

  it('escapes the definition and the text', () => {
    const ex = new TermExplainer('sv', ENTRIES);
    const out = ex.text('<i>anbud</i>').value;
    expect(out).toContain('&lt;i&gt;');
    expect(out).toContain('erbjudande &lt;b&gt;.');
    expect(out).not.toContain('<i>');
  });

  it('prefers the longest term', () => {
    const ex = new TermExplainer('sv', ENTRIES);
    ex.text('En reserverad upphandling.');
    expect(ex.explainedIds()).toEqual(['reserverad-upphandling']);
  });

  it('does not mark words inside other words', () => {
    const ex = new TermExplainer('sv', ENTRIES);
    expect(ex.text('Anbudsgivaren och motanbud.').value).not.toContain('<button');
  });

  it('explains terms in Markdown but not in headings or links', () => {
    const ex = new TermExplainer('en', ENTRIES);
    const out = renderMarkdown('## Tender\n\nSee [tender](/ordlista#anbud). Send a tender.', {
      terms: { matcher: ex.matcher, render: ex.render },
    }).html;
    expect(out).toContain('<h2 id="tender">Tender</h2>');
    expect(out).toContain('<a href="/ordlista#anbud">tender</a>');
    expect(out).toContain(
      'Send a <button type="button" class="term" popovertarget="term-anbud">tender</button',
    );
    expect(out).toContain('href="/ordlista?lang=en#anbud"');
  });

  it('lists the explained terms in a footer, and nothing when there were none', () => {
    const ex = new TermExplainer('sv', ENTRIES);
    expect(ex.footer().value).toBe('');
    ex.text('ett anbud');
    expect(ex.footer().value).toContain('href="/ordlista#anbud"');
  });
});
