import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../engine/index';
import { rulesCatalogue, type RulesCatalogue } from '../../../rules/index';
import { renderRulesFeed } from './rules-feed';
import { ruleChanges } from './rules-timeline';

const ORIGIN = 'https://samverka.example';

/**
 * Checks that `xml` is well formed as far as a feed needs: one declaration, tags that nest and
 * close, attribute values quoted, and no `<` or stray `&` in text. Returns the element names in
 * document order.
 */
function wellFormed(xml: string): string[] {
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
  const body = xml.slice(xml.indexOf('?>') + 2);
  const stack: string[] = [];
  const names: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = body.slice(i, lt === -1 ? body.length : lt);
    expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(body);
    expect(m, `a tag at ${lt}: ${body.slice(lt, lt + 40)}`).not.toBeNull();
    const [, close, name, , selfClosing] = m!;
    if (close === '/') expect(stack.pop()).toBe(name);
    else {
      names.push(name!);
      if (selfClosing !== '/') stack.push(name!);
    }
    i = tag.lastIndex;
  }
  expect(stack).toEqual([]);
  return names;
}

function elements(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}[ >][\\s\\S]*?</${name}>`, 'g'))].map((m) => m[0]);
}

const TODAY = '2026-11-26';

describe('the Atom feed of rule changes', () => {
  it.each(LANGS)('is well-formed Atom 1.0 with every required element (%s)', (lang) => {
    const feed = renderRulesFeed(lang, rulesCatalogue(), ORIGIN, TODAY);
    const names = wellFormed(feed);
    expect(names[0]).toBe('feed');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const head = feed.slice(0, feed.indexOf('<entry>'));
    expect(head).toMatch(/<id>tag:samverka,2014:regler<\/id>/);
    expect(head).toMatch(/<title>[^<]+<\/title>/);
    expect(head).toMatch(/<updated>\d{4}-\d{2}-\d{2}T00:00:00Z<\/updated>/);
    expect(head).toMatch(/<author><name>samverka<\/name><\/author>/);
    const query = lang === 'sv' ? '' : '?lang=en';
    expect(head).toContain(
      `<link rel="self" type="application/atom+xml" href="${ORIGIN}/kunskap/regler-over-tid.atom${query}"/>`,
    );
    expect(head).toContain(
      `<link rel="alternate" type="text/html" href="${ORIGIN}/kunskap/regler-over-tid${query}"/>`,
    );
  });

  it('has one entry per change date up to today, each complete and linking to its place on the page', () => {
    const catalogue = rulesCatalogue();
    const feed = renderRulesFeed('en', catalogue, ORIGIN, TODAY);
    const all = ruleChanges(catalogue);
    const changes = all.filter((c) => c.date <= TODAY);
    // The catalogue has changes still to come (the 2028 periods); they are not in the feed yet.
    expect(changes.length).toBeLessThan(all.length);
    expect(changes.length).toBeGreaterThan(5);
    const entries = elements(feed, 'entry');
    expect(entries).toHaveLength(changes.length);
    const ids = new Set<string>();
    entries.forEach((entry, i) => {
      const change = changes[i]!;
      const id = /<id>([^<]+)<\/id>/.exec(entry)?.[1];
      expect(id).toMatch(new RegExp(`^tag:samverka,2014:regler/${change.date}/[a-z0-9-]+$`));
      ids.add(id!);
      expect(entry).toContain(`<updated>${change.date}T00:00:00Z</updated>`);
      expect(entry).toMatch(/<title>[^<]+<\/title>/);
      expect(entry).toMatch(/<summary type="text">[^<]+<\/summary>/);
      expect(entry).toContain(
        `href="${ORIGIN}/kunskap/regler-over-tid?lang=en#andring-${change.date}"`,
      );
      for (const r of change.ruleSets)
        expect(entry).toContain(`<id>tag:samverka,2014:regler/${change.date}/${r.id}</id>`);
    });
    expect(ids.size).toBe(entries.length);
    const last = changes.at(-1)!.date;
    expect(feed.slice(0, feed.indexOf('<entry>'))).toContain(
      `<updated>${last}T00:00:00Z</updated>`,
    );
  });

  it('escapes what the catalogue says', () => {
    const catalogue: RulesCatalogue = structuredClone(rulesCatalogue());
    catalogue.ruleSets[0]!.label.sv = 'LOU <b>"fet"</b> & \'mer\'';
    const feed = renderRulesFeed('sv', catalogue, ORIGIN, TODAY);
    wellFormed(feed);
    expect(feed).toContain('LOU &lt;b&gt;&quot;fet&quot;&lt;/b&gt; &amp; &#39;mer&#39;');
    expect(feed).not.toContain('<b>');
  });
});
