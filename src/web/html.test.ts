import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, Html, type HtmlValue } from './html';

/** Undoes escapeHtml, to check that escaping loses nothing. */
function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('html', () => {
  it('escapes interpolated text between tags and in attributes', () => {
    const name = `<script>alert("x")</script> & 'co'`;
    expect(html`<p title="${name}">${name}</p>`.toString()).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</p>',
    );
  });

  it('inserts markup made by html as it is', () => {
    const inner = html`<em>${'a < b'}</em>`;
    expect(html`<p>${inner}</p>`.toString()).toBe('<p><em>a &lt; b</em></p>');
  });

  it('joins lists and renders null, undefined and false as nothing', () => {
    const items: HtmlValue[] = ['a', html`<b>b</b>`, null, undefined, false, 3];
    expect(html`<p>${items}</p>`.toString()).toBe('<p>a<b>b</b>3</p>');
  });

  it('does not trust an object that merely looks like markup', () => {
    const forged = { value: '<script></script>', toString: () => '<script></script>' };
    expect(html`${forged as unknown as string}`.toString()).toBe('&lt;script&gt;&lt;/script&gt;');
    expect(() => new Html(Symbol('trusted html') as never, '<x>')).toThrow(TypeError);
  });

  it('never lets a character that ends text or an attribute through, and loses nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
        expect(unescape(escaped)).toBe(text);
      }),
    );
  });
});
