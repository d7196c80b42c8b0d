// The frame of every page: skip link, header with the language switch, main, footer.
import type { Lang } from '../engine/index';
import { html, type Html } from './html';
import { webMessages } from './locales/index';
import { hrefInLang, otherLang, pathInLang } from './request-lang';

/** What a page puts into the layout. */
export interface PageContent {
  lang: Lang;
  title: string;
  /** The path of this page without query, for the language switch. */
  path: string;
  /** The query of this page without `lang` (the guide's answers), kept by the language switch. */
  query?: string;
  description?: string;
  /** A feed that follows this page, announced to feed readers. */
  feed?: { href: string; title: string };
  main: Html;
}

/** The sections of the main navigation, by the path each begins. */
const NAV_SECTIONS = [
  ['interview', '/vagledning'],
  ['knowledge', '/kunskap'],
  ['glossary', '/ordlista'],
  ['search', '/sok'],
] as const;

function inSection(path: string, section: string): boolean {
  return path === section || path.startsWith(`${section}/`) || path.startsWith(`${section}.`);
}

/** The main navigation; the section of the current page is marked for assistive technology. */
function mainNav(lang: Lang, path: string): Html {
  const t = webMessages(lang).layout.mainNav;
  return html`<nav class="main-nav" aria-label="${t.label}">
    <ul class="main-nav__list">
      ${NAV_SECTIONS.map(
        ([key, href]) =>
          html`<li>
            <a
              class="main-nav__link"
              href="${pathInLang(href, lang)}"
              ${inSection(path, href) && html`aria-current="page"`}
              >${t[key]}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

/** The stylesheet's address. */
export const STYLESHEET_PATH = '/assets/app.css';

/** A whole HTML document. */
export function renderPage(page: PageContent): string {
  const t = webMessages(page.lang).layout;
  const other = otherLang(page.lang);
  const otherHref = hrefInLang(page.path, page.query ?? '', other);
  const document = html`<!doctype html>
    <html lang="${page.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title}</title>
        ${page.description && html`<meta name="description" content="${page.description}" />`}
        <link rel="stylesheet" href="${STYLESHEET_PATH}" />
        <link rel="alternate" hreflang="${other}" href="${otherHref}" />
        ${
          page.feed &&
          html`<link
            rel="alternate"
            type="application/atom+xml"
            title="${page.feed.title}"
            href="${page.feed.href}"
          />`
        }
      </head>
      <body>
        <a class="skip-link" href="#main">${t.skipLink}</a>
        <header class="site-header">
          <div class="container site-header__inner">
            <a
              class="site-name"
              href="${pathInLang('/', page.lang)}"
              aria-label="${t.homeLinkLabel}"
              >${t.siteName}</a
            >
            <nav class="language-switch" aria-label="${t.languageNavLabel}">
              <a href="${otherHref}" hreflang="${other}" lang="${other}">${t.otherLanguageLink}</a>
            </nav>
            ${mainNav(page.lang, page.path)}
          </div>
        </header>
        <main id="main" tabindex="-1">
          <div class="container">${page.main}</div>
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>${t.footerDisclaimer}</p>
            <p>${t.footerLicence}</p>
          </div>
        </footer>
      </body>
    </html> `;
  return document.toString();
}
