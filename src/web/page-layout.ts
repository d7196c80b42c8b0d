// The frame of every page: skip link, header with the language switch, main, footer.
import type { Lang } from '../engine/index';
import { html, type Html } from './html';
import { webMessages } from './locales/index';
import { hrefInLang, otherLang, pathInLang } from './request-lang';
import { ACCOUNT_PATHS } from './auth/account-paths';
import { csrfField } from './auth/csrf-field';
import { currentViewer, type Viewer } from './auth/viewer-context';

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
  /** Who is looking; the request's viewer when not given. */
  viewer?: Viewer;
}

/** The sections of the main navigation, by the path each begins. */
const NAV_SECTIONS = [
  ['interview', '/vagledning'],
  ['knowledge', '/kunskap'],
  ['glossary', '/ordlista'],
  ['actors', '/aktorer'],
  ['challenges', '/utmaningar'],
  ['search', '/sok'],
] as const;

function inSection(path: string, section: string): boolean {
  return path === section || path.startsWith(`${section}/`) || path.startsWith(`${section}.`);
}

/**
 * The main navigation; the section of the current page is marked for assistive technology.
 * Members of an organisation also see its saved cases.
 */
function mainNav(lang: Lang, path: string, viewer: Viewer): Html {
  const t = webMessages(lang).layout.mainNav;
  const sections: ReadonlyArray<readonly [keyof typeof t, string]> = viewer.organisation
    ? [...NAV_SECTIONS, ['cases', ACCOUNT_PATHS.cases]]
    : NAV_SECTIONS;
  return html`<nav class="main-nav" aria-label="${t.label}">
    <ul class="main-nav__list">
      ${sections.map(
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

/**
 * The account links: sign in and sign up for visitors; the organisation, the account and a
 * sign-out button (a form, since signing out changes state) for members.
 */
function accountNav(lang: Lang, viewer: Viewer): Html {
  const t = webMessages(lang).layout.account;
  const user = viewer.user;
  if (!user) {
    return html`<nav class="account-nav" aria-label="${t.label}">
      <ul class="account-nav__list">
        <li><a href="${pathInLang(ACCOUNT_PATHS.signIn, lang)}">${t.signIn}</a></li>
        <li><a href="${pathInLang(ACCOUNT_PATHS.signUp, lang)}">${t.signUp}</a></li>
      </ul>
    </nav>`;
  }
  return html`<nav class="account-nav" aria-label="${t.label}">
    <ul class="account-nav__list">
      <li>
        <a href="${pathInLang(ACCOUNT_PATHS.organisation, lang)}"
          >${
            viewer.organisation
              ? t.organisationLink(viewer.organisation.organisationName)
              : t.noOrganisation
          }</a
        >
      </li>
      <li><a href="${pathInLang(ACCOUNT_PATHS.account, lang)}">${t.accountLink(user.name)}</a></li>
      <li>
        <form
          method="post"
          action="${pathInLang(ACCOUNT_PATHS.signOut, lang)}"
          class="account-nav__form"
        >
          ${viewer.csrfToken !== undefined && csrfField(viewer.csrfToken)}
          <button type="submit" class="account-nav__button">${t.signOut}</button>
        </form>
      </li>
    </ul>
  </nav>`;
}

/** The stylesheet's address. */
export const STYLESHEET_PATH = '/assets/app.css';

/** A whole HTML document. */
export function renderPage(page: PageContent): string {
  const t = webMessages(page.lang).layout;
  const viewer = page.viewer ?? currentViewer();
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
            ${accountNav(page.lang, viewer)} ${mainNav(page.lang, page.path, viewer)}
          </div>
        </header>
        <main id="main" tabindex="-1">
          <div class="container">${page.main}</div>
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>${t.footerDisclaimer}</p>
            <p><a href="${pathInLang(ACCOUNT_PATHS.privacy, page.lang)}">${t.footerPrivacy}</a></p>
            <p>${t.footerLicence}</p>
          </div>
        </footer>
      </body>
    </html> `;
  return document.toString();
}
