import { knowledgeEn } from './knowledge-en';
import { interviewEn } from './interview-en';
import type { WebMessages } from './web-messages';

/** English texts for the web pages. */
export const en: WebMessages = {
  languageName: 'English',
  layout: {
    skipLink: 'Skip to main content',
    siteName: 'samverka',
    homeLinkLabel: 'samverka, home page',
    languageNavLabel: 'Language',
    otherLanguageLink: 'Svenska',
    mainNav: {
      label: 'Main menu',
      interview: 'Guide',
      knowledge: 'Knowledge',
      glossary: 'Glossary',
      actors: 'Organisations',
      challenges: 'Challenges',
      search: 'Search',
      cases: 'Cases',
    },
    account: {
      label: 'Account',
      signIn: 'Sign in',
      signUp: 'Create an account',
      signOut: 'Sign out',
      accountLink: (n) => `Account: ${n}`,
      organisationLink: (n) => `Organisation: ${n}`,
      noOrganisation: 'No organisation',
    },
    footerPrivacy: 'Personal data and privacy',
    footerLicence: 'samverka is free software under the Apache License 2.0.',
    footerDisclaimer:
      'samverka gives guidance with references to its sources. It is not legal advice on an individual case.',
  },
  home: {
    title: 'samverka – collaboration between the public sector and idea-driven organisations',
    metaDescription:
      'samverka shows which forms of collaboration are open when a Swedish public body wants to work with an idea-driven (non-profit) organisation, under the rules in force on the start date.',
    lead: 'Which forms of collaboration are lawful when a Swedish municipality, region or government agency wants to work with an idea-driven (non-profit) organisation?',
    intro:
      'samverka is a rules engine that answers that question for a concrete case. Describe who buys or gives support, what it is about, its value and the day the case starts. samverka then assesses every form of collaboration under the rules in force on that day and cites the provisions behind each conclusion.',
    guide: {
      heading: 'Guidance for your case',
      intro:
        'Answer a few questions in plain words, and the guide shows which forms of collaboration are possible in your case, with reasons and provisions, and gives you a decision memo to download.',
      link: 'Start the guide',
    },
    formsHeading: 'Forms of collaboration assessed',
    knowledge: {
      heading: 'Knowledge base and glossary',
      intro:
        'Read about each collaboration form, compare them side by side and see how the rules have changed. The glossary translates between the words of procurement and of civil society.',
      overview: {
        label: 'The knowledge base',
        description:
          'the collaboration forms explained, with their legal basis and the rules over time',
      },
      glossary: {
        label: 'The glossary',
        description: 'the same thing said by a public buyer and by an idea-based organisation',
      },
    },
    forms: {
      grant: 'Grant (support to the organisation’s own activity)',
      iop: 'Idea-driven public partnership (IOP)',
      'direct-award': 'Direct award',
      'advertised-procurement': 'Advertised procurement',
      'innovation-partnership': 'Innovation partnership',
      'reserved-work-integration':
        'Procurement reserved for sheltered workshops and work integration (LOU 4:18)',
      'reserved-mission-based': 'Procurement reserved for certain services (LOU 19:25)',
      'reserved-ideburen': 'Procurement reserved for idea-driven organisations (LOU 19:25 a)',
      lov: 'Free-choice system (LOV)',
      'lov-reserved-ideburen': 'Free-choice system reserved for idea-driven organisations',
      'early-dialogue': 'Early dialogue and market analysis',
      'social-considerations': 'Social considerations and special working conditions',
    },
    howHeading: 'How samverka answers',
    how: [
      'Each form gets one of the answers allowed, allowed if, not allowed or undetermined, with reasons and sources.',
      'Thresholds, direct-award limits and other amounts are dated values with their provision, period of validity and the date they were last checked.',
      'When a fact is missing, samverka does not guess. The answer is undetermined, and samverka asks first the question that settles the most assessments.',
    ],
    useHeading: 'Using samverka',
    apiHeading: 'API',
    apiIntro: 'The application has a JSON API. Texts in its answers come in Swedish and English.',
    openApi: {
      label: 'The OpenAPI description of the API',
      description: 'every operation and format, as JSON (OpenAPI 3.1)',
    },
    rules: {
      label: 'The rules catalogue',
      description:
        'rules and dated values with their validity and sources, for a lawyer to review (JSON)',
    },
    assessEndpoint: 'To get an assessment, POST a case as JSON to /api/v1/assessments.',
    cliHeading: 'Command line',
    cliIntro: 'The same assessment is available on the command line:',
    cliExamples: [
      {
        command: 'npx samverka assess case.json --lang en --explain',
        description: 'assesses the case in the file and shows which rules were tested and why',
      },
      {
        command: 'npx samverka rules',
        description: 'lists rules and dated values with their validity and sources',
      },
      {
        command: 'npx samverka serve',
        description: 'starts this web site and the API',
      },
    ],
  },
  interview: interviewEn,
  knowledge: knowledgeEn,
  errors: {
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address. Check the address or go to the home page.',
    badRequestTitle: 'Bad request',
    badRequestBody: 'The request could not be understood. Check the address and try again.',
    serverErrorTitle: 'Something went wrong',
    serverErrorBody:
      'An error on our side stopped this page from being shown. Please try again later.',
    forbiddenTitle: 'You do not have access',
    forbiddenBody:
      'Your role in the organisation does not allow this. Ask an owner of the organisation for another role if you need it.',
    csrfTitle: 'The form has expired',
    csrfBody:
      'The form could not be accepted because it did not come from a page samverka has just shown you. Go back, reload the page and try again.',
    tooManyTitle: 'Too many attempts',
    tooManyBody: (s) =>
      `There have been too many attempts in a short time. Wait ${waitText(s)} and try again.`,
    backHome: 'Go to the home page',
    api: {
      notFound: 'There is no resource at this address.',
      badRequest: 'The request is not valid.',
      invalidJson: 'The body is not valid JSON.',
      unsupportedMediaType: 'This content type is not supported. Send application/json.',
      payloadTooLarge: 'The body is too large.',
      methodNotAllowed: 'This method is not supported at this address.',
      serverError: 'An error occurred on our side. Please try again later.',
      unauthorized:
        'Sign in or send an API token (Authorization: Bearer svk_…) to use this resource.',
      forbidden: 'Your access does not allow this.',
      tooMany: (s) => `Too many requests. Try again in ${s} seconds.`,
    },
  },
};

function waitText(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return seconds < 60 ? `${seconds} seconds` : minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
