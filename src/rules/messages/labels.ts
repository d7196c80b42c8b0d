/**
 * Names and questions: the label of each collaboration form, the name of each amount, and the
 * question to ask for each fact the rules may need, in Swedish and English.
 */
import type { Localized } from '../../engine';
import type { FormId } from '../assessment';

/** The name of each collaboration form. */
export const FORM_LABELS: Record<FormId, Localized> = {
  grant: { sv: 'Bidrag', en: 'Grant' },
  iop: { sv: 'Idéburet offentligt partnerskap (IOP)', en: 'Idea-driven public partnership (IOP)' },
  'direct-award': { sv: 'Direktupphandling', en: 'Direct award' },
  'advertised-procurement': { sv: 'Annonserad upphandling', en: 'Advertised procurement' },
  'innovation-partnership': { sv: 'Innovationspartnerskap', en: 'Innovation partnership' },
  'reserved-work-integration': {
    sv: 'Reserverad upphandling för arbetsintegrering (4 kap. 18 § LOU)',
    en: 'Procurement reserved for work integration (4 kap. 18 § LOU)',
  },
  'reserved-mission-based': {
    sv: 'Reserverad upphandling för vissa tjänster (19 kap. 25 § LOU)',
    en: 'Procurement reserved for certain services (19 kap. 25 § LOU)',
  },
  'reserved-ideburen': {
    sv: 'Reserverad upphandling för idéburna organisationer (19 kap. 25 a § LOU)',
    en: 'Procurement reserved for idea-driven organisations (19 kap. 25 a § LOU)',
  },
  lov: { sv: 'Valfrihetssystem (LOV)', en: 'Choice system (LOV)' },
  'lov-reserved-ideburen': {
    sv: 'Valfrihetssystem reserverat för idéburna organisationer',
    en: 'Choice system reserved for idea-driven organisations',
  },
  'early-dialogue': { sv: 'Tidig dialog', en: 'Early dialogue' },
  'social-considerations': {
    sv: 'Sociala hänsyn och särskilda arbetsvillkor',
    en: 'Social considerations and special working conditions',
  },
};

/** The names of the amounts, as the subject of a sentence. */
export const AMOUNT_NAMES: Record<'threshold' | 'directAwardLimit', Localized> = {
  threshold: { sv: 'Tröskelvärdet', en: 'The threshold' },
  directAwardLimit: { sv: 'Direktupphandlingsgränsen', en: 'The direct-award limit' },
};

/**
 * The question for each fact, worded for both sides where their words differ: the procurement
 * wording first, the civil-society wording after.
 */
export const QUESTIONS: Record<string, Localized> = {
  'buyer.kind': {
    sv: 'Vilken sorts organisation köper eller samverkar: statlig myndighet, kommun, region, kommunalt bolag, annan upphandlande myndighet eller en enhet i försörjningssektorerna?',
    en: 'What kind of organisation buys or collaborates: central government, municipality, region, municipal company, other contracting authority, or a utility?',
  },
  'subject.type': {
    sv: 'Gäller det tjänster, varor eller byggentreprenad?',
    en: 'Is it about services, supplies or works?',
  },
  'subject.cpv': {
    sv: 'Vilken tjänst gäller det (CPV-kod; den första koden är huvudsaken)?',
    en: 'Which service is it (CPV code; the first code is the main subject)?',
  },
  estimatedValueSek: {
    sv: 'Vad är det beräknade värdet för hela avtalstiden, med optioner och förlängningar, utan moms? / Hur mycket pengar handlar samarbetet om totalt?',
    en: 'What is the estimated value over the whole term, with options and extensions, excluding VAT? / How much money does the collaboration involve in total?',
  },
  sameKindPurchasesThisFinancialYearSek: {
    sv: 'Hur mycket har ni redan direktupphandlat av samma slag under räkenskapsåret?',
    en: 'How much have you already bought by direct award of the same kind this financial year?',
  },
  'relationship.publicPaysForServicesItDefines': {
    sv: 'Betalar ni för en tjänst som ni själva har beskrivit (ett köp)? / Är det ni som bestämmer vad organisationen ska göra mot ersättning?',
    en: 'Do you pay for a service you have described yourselves (a purchase)? / Do you decide what the organisation does in return for payment?',
  },
  'relationship.mutualObligationsEnforceable': {
    sv: 'Kan parterna kräva fullgörande, vite eller skadestånd av varandra?',
    en: 'Can the parties demand performance, penalties or damages from each other?',
  },
  'relationship.supportsOrganisationsOwnActivity': {
    sv: 'Är det föreningens egen verksamhet som ni vill stödja?',
    en: 'Is it the organisation’s own activity that you want to support?',
  },
  'relationship.organisationContributesOwnResources': {
    sv: 'Bidrar organisationen med egna resurser, till exempel pengar, volontärer eller lokaler?',
    en: 'Does the organisation contribute its own resources, such as money, volunteers or premises?',
  },
  'relationship.marketExists': {
    sv: 'Erbjuder andra samma tjänst mot betalning (finns det en marknad)?',
    en: 'Do others offer the same service for payment (is there a market)?',
  },
  'counterpart.mainAimWorkIntegration': {
    sv: 'Är organisationens huvudsyfte att ge arbete åt personer långt från arbetsmarknaden?',
    en: 'Is the organisation’s main aim to give work to people far from the labour market?',
  },
  'counterpart.shareDisadvantagedStaff': {
    sv: 'Hur stor andel av de anställda eller engagerade har funktionsnedsättning eller svårt att komma in på arbetsmarknaden?',
    en: 'What share of those employed or engaged have disabilities or find it hard to enter the labour market?',
  },
  'counterpart.reinvestsProfits': {
    sv: 'Återinvesterar organisationen sina vinster i verksamheten?',
    en: 'Does the organisation reinvest its profits in its activity?',
  },
  'counterpart.participatoryGovernance': {
    sv: 'Har anställda, brukare eller intressenter inflytande över ledning eller ägande?',
    en: 'Do employees, users or stakeholders take part in management or ownership?',
  },
  'counterpart.publicBenefitPurposeOnly': {
    sv: 'Är organisationens syfte enligt stadgarna uteslutande allmännyttigt?',
    en: 'Is the organisation’s purpose under its statutes exclusively for the public benefit?',
  },
  'counterpart.publicControllingInfluence': {
    sv: 'Har staten, en region eller en kommun bestämmande inflytande över organisationen?',
    en: 'Do the state, a region or a municipality have controlling influence over the organisation?',
  },
  'counterpart.valueTransfersOnlyAllowed': {
    sv: 'Gör organisationen bara värdeöverföringar till andra idéburna organisationer eller forskning?',
    en: 'Does the organisation make value transfers only to other idea-driven organisations or to research?',
  },
};

/** Names of the advertised-procurement procedures by rule set kind. */
export const PROCEDURES: Record<'named' | 'own-design' | 'directive', Localized[]> = {
  named: [
    { sv: 'förenklat förfarande', en: 'simplified procedure' },
    { sv: 'urvalsförfarande', en: 'selective procedure' },
  ],
  'own-design': [
    { sv: 'eget utformat förfarande enligt 19 kap.', en: 'own procedure under chapter 19' },
  ],
  directive: [
    { sv: 'öppet förfarande', en: 'open procedure' },
    { sv: 'selektivt förfarande', en: 'restricted procedure' },
    {
      sv: 'förhandlat förfarande med föregående annonsering',
      en: 'competitive procedure with negotiation',
    },
    { sv: 'konkurrenspräglad dialog', en: 'competitive dialogue' },
    { sv: 'innovationspartnerskap', en: 'innovation partnership' },
  ],
};
