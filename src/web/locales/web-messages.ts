// The shape of every text the web pages show. Each language file is typed with it, so a text
// missing in one language is a compile error.
import type { Lang } from '../../engine/index';
import type { FormId } from '../../rules/assessment';
import type { InterviewPageMessages } from './interview-messages';
import type { KnowledgePageMessages } from './knowledge-messages';

/** A link the home page offers, with what it leads to. */
export interface LinkText {
  label: string;
  description: string;
}

/** Every user-facing text of the web application, in one language. */
export interface WebMessages {
  /** The language these messages are in, in that language ("Svenska", "English"). */
  languageName: string;
  layout: {
    skipLink: string;
    siteName: string;
    homeLinkLabel: string;
    /** Label of the navigation landmark that holds the language switch. */
    languageNavLabel: string;
    /** The link to the other language, written in that other language. */
    otherLanguageLink: string;
    /** The main navigation: its landmark label and the sections it leads to. */
    mainNav: {
      label: string;
      interview: string;
      knowledge: string;
      glossary: string;
      /** the directory of idéburna organisations and social enterprises */
      actors: string;
      /** the board of challenges and initiatives */
      challenges: string;
      search: string;
      /** Shown to signed-in members only. */
      cases: string;
    };
    /** The account links in the header. */
    account: {
      label: string;
      signIn: string;
      signUp: string;
      signOut: string;
      /** The link to the account page, with the person's name. */
      accountLink: (name: string) => string;
      /** The link to the organisation page, with its name. */
      organisationLink: (name: string) => string;
      noOrganisation: string;
    };
    footerPrivacy: string;
    footerLicence: string;
    footerDisclaimer: string;
  };
  home: {
    title: string;
    metaDescription: string;
    lead: string;
    intro: string;
    /** The way into the guided interview. */
    guide: { heading: string; intro: string; link: string };
    formsHeading: string;
    /** The way into the knowledge base and the glossary. */
    knowledge: { heading: string; intro: string; overview: LinkText; glossary: LinkText };
    /** The name of every collaboration form the assessment covers. */
    forms: Record<FormId, string>;
    howHeading: string;
    how: readonly string[];
    useHeading: string;
    apiHeading: string;
    apiIntro: string;
    openApi: LinkText;
    rules: LinkText;
    assessEndpoint: string;
    cliHeading: string;
    cliIntro: string;
    cliExamples: readonly { command: string; description: string }[];
  };
  /** The guided interview's pages (vägledning). */
  interview: InterviewPageMessages;
  /** The knowledge base's pages (kunskap). */
  knowledge: KnowledgePageMessages;
  errors: {
    notFoundTitle: string;
    notFoundBody: string;
    badRequestTitle: string;
    badRequestBody: string;
    serverErrorTitle: string;
    serverErrorBody: string;
    forbiddenTitle: string;
    forbiddenBody: string;
    csrfTitle: string;
    csrfBody: string;
    tooManyTitle: string;
    tooManyBody: (seconds: number) => string;
    backHome: string;
    /** Short messages for JSON error bodies under /api/. */
    api: {
      notFound: string;
      badRequest: string;
      invalidJson: string;
      unsupportedMediaType: string;
      payloadTooLarge: string;
      methodNotAllowed: string;
      serverError: string;
      unauthorized: string;
      forbidden: string;
      tooMany: (seconds: number) => string;
    };
  };
}

/** Messages for every language. */
export type WebCatalogue = Record<Lang, WebMessages>;
