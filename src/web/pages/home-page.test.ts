import { describe, expect, it } from 'vitest';
import { LANGS } from '../../engine/index';
import { FORM_IDS } from '../../rules/assessment';
import { webMessages } from '../locales/index';
import { HOME_LINKS, renderHomePage } from './home-page';

describe.each(LANGS)('home page in %s', (lang) => {
  const page = renderHomePage(lang);
  const t = webMessages(lang);

  it('declares its language and offers the other one with hreflang', () => {
    const other = lang === 'sv' ? 'en' : 'sv';
    expect(page).toContain(`<html lang="${lang}">`);
    expect(page).toMatch(new RegExp(`<a href="[^"]*" hreflang="${other}" lang="${other}">`));
    expect(page).toContain(`>${t.layout.otherLanguageLink}</a>`);
  });

  it('starts the body with a skip link to the main landmark', () => {
    const body = page.slice(page.indexOf('<body>') + '<body>'.length).trimStart();
    expect(body.startsWith(`<a class="skip-link" href="#main">${t.layout.skipLink}</a>`)).toBe(
      true,
    );
    expect(page).toContain('<main id="main" tabindex="-1">');
    expect(page).toMatch(/<header[^>]*>/);
    expect(page).toMatch(/<nav[^>]*aria-label=/);
    expect(page).toMatch(/<footer[^>]*>/);
  });

  it('has exactly one h1', () => {
    expect(page.match(/<h1[ >]/g)).toHaveLength(1);
  });

  it('says what samverka does and names every form it assesses', () => {
    expect(page).toContain(t.home.intro);
    for (const form of Object.values(t.home.forms)) {
      expect(page).toContain(form.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
    }
  });

  it('leads into the guide in the same language', () => {
    const href = lang === 'sv' ? '/vagledning' : '/vagledning?lang=en';
    expect(page).toContain(`href="${href}"`);
    expect(page).toContain(t.home.guide.link);
  });

  it('links each form to its knowledge page, and to the knowledge base and the glossary', () => {
    const q = lang === 'sv' ? '' : '?lang=en';
    for (const id of FORM_IDS) expect(page).toContain(`href="/kunskap/${id}${q}"`);
    const query = q.replace('?', '\\?');
    const { overview, glossary } = t.home.knowledge;
    expect(page).toMatch(new RegExp(`href="/kunskap${query}"\\s*>${overview.label}</a\\s*>`));
    expect(page).toMatch(new RegExp(`href="/ordlista${query}"\\s*>${glossary.label}</a\\s*>`));
  });

  it('has a main navigation with no section marked current on the home page', () => {
    expect(page).toContain(`<nav class="main-nav" aria-label="${t.layout.mainNav.label}">`);
    expect(page).not.toContain('aria-current');
  });

  it('links to the OpenAPI document and the rules, and shows the CLI', () => {
    expect(page).toContain(`href="${HOME_LINKS.openApi}"`);
    expect(page).toContain(`href="${HOME_LINKS.rules}"`);
    for (const example of t.home.cliExamples)
      expect(page).toContain(`<code>${example.command}</code>`);
  });

  it('uses the stylesheet and carries no script and no inline style', () => {
    expect(page).toMatch(/<link rel="stylesheet" href="\/assets\/app\.css" ?\/?>/);
    expect(page).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
  });
});
