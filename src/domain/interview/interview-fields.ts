/**
 * Every fact the interview can ask, with its wording for both audiences (this file is the
 * interview's question locale: Swedish and English side by side). Paths are case v1 field paths,
 * plus two journey-only fields: `goal` (what the user wants to achieve) and `counterpart` (whether
 * a particular organisation is in mind, which makes its facts askable).
 */
import type { Localized } from '../../engine';
import { GOALS, type FieldOption, type InterviewField } from './interview-types';
import { en } from './locales/en';
import { sv } from './locales/sv';

const L = (svText: string, enText: string): Localized => ({ sv: svText, en: enText });

const GOAL_OPTIONS: FieldOption[] = GOALS.map((g) => {
  const hintSv = sv.goalHints[g];
  const hintEn = en.goalHints[g];
  return {
    value: g,
    label: L(sv.goals[g], en.goals[g]),
    ...(hintSv !== undefined && hintEn !== undefined ? { hint: L(hintSv, hintEn) } : {}),
  };
});

/** The fields, in the order a summary lists them. */
export const INTERVIEW_FIELDS: readonly InterviewField[] = [
  {
    path: 'startDate',
    kind: 'date',
    topic: 'start',
    question: L(
      'När påbörjas upphandlingen eller samarbetet?',
      'When does the procurement or collaboration start?',
    ),
    questionCivil: L(
      'När vill ni att samarbetet ska börja förberedas?',
      'When do you want to start preparing the collaboration?',
    ),
    hint: L(
      'Reglerna som gäller den dag upphandlingen påbörjas gäller hela upphandlingen. Till exempel 1 3 2023.',
      'The rules in force on the day the procurement starts govern all of it. For example 1 3 2023.',
    ),
    knowledgePath: '/kunskap/regler-over-tid',
  },
  {
    path: 'goal',
    kind: 'choice',
    topic: 'start',
    question: L('Vad vill ni åstadkomma?', 'What do you want to achieve?'),
    hint: L(
      'Svaret avgör inget juridiskt, men visar de former som passar ert syfte först.',
      'The answer decides nothing in law, but shows the forms that fit your purpose first.',
    ),
    options: GOAL_OPTIONS,
    knowledgePath: '/kunskap',
  },
  {
    path: 'counterpart',
    knowledgePath: '/ordlista#ideburen-organisation',
    kind: 'boolean',
    topic: 'counterpart',
    question: L(
      'Har ni en viss organisation i tankarna?',
      'Do you have a particular organisation in mind?',
    ),
    questionCivil: L(
      'Gäller det er egen organisation eller en bestämd partner?',
      'Is it about your own organisation or a particular partner?',
    ),
    hint: L(
      'Svarar ni ja frågar vi om organisationen, så att bedömningen gäller just den. Svarar ni nej visar vi vad varje deltagare skulle behöva uppfylla.',
      'If you answer yes we ask about the organisation, so that the assessment is about it. If no, we show what any participant would have to meet.',
    ),
  },
  {
    path: 'buyer.kind',
    knowledgePath: '/ordlista#upphandlande-myndighet',
    kind: 'choice',
    topic: 'buyer',
    question: L(
      'Vilken sorts organisation köper eller ger stödet?',
      'What kind of organisation buys or gives the support?',
    ),
    questionCivil: L(
      'Vilken offentlig organisation vill ni samarbeta med?',
      'Which public organisation do you want to work with?',
    ),
    hint: L(
      'Upphandlande enheter i försörjningssektorerna (vatten, energi, transporter, post) följer LUF i stället för LOU.',
      'Contracting entities in the utilities sectors (water, energy, transport, postal services) follow LUF instead of LOU.',
    ),
    options: [
      { value: 'municipality', label: L('Kommun', 'Municipality') },
      { value: 'region', label: L('Region', 'Region') },
      {
        value: 'central-government',
        label: L('Statlig myndighet', 'Central government authority'),
      },
      {
        value: 'municipal-company',
        label: L('Kommunalt eller regionalt bolag', 'Municipal or regional company'),
      },
      {
        value: 'other-contracting-authority',
        label: L('Annan upphandlande myndighet', 'Other contracting authority'),
      },
      {
        value: 'utility',
        label: L(
          'Upphandlande enhet i försörjningssektorerna (LUF)',
          'Utility (LUF contracting entity)',
        ),
      },
    ],
  },
  {
    path: 'buyer.name',
    kind: 'text',
    topic: 'buyer',
    question: L(
      'Vad heter den offentliga organisationen?',
      'What is the public organisation called?',
    ),
    hint: L('Till exempel Alingsås kommun.', 'For example Alingsås kommun.'),
  },
  {
    path: 'subject.type',
    kind: 'choice',
    topic: 'subject',
    question: L(
      'Gäller det tjänster, varor eller byggentreprenad?',
      'Is it about services, supplies or works?',
    ),
    hint: L(
      'Stöd till en verksamhet räknas här som tjänster.',
      'Support to an activity counts as services here.',
    ),
    options: [
      { value: 'services', label: L('Tjänster', 'Services') },
      { value: 'supplies', label: L('Varor', 'Supplies') },
      { value: 'works', label: L('Byggentreprenad', 'Works') },
    ],
  },
  {
    path: 'subject.cpv',
    knowledgePath: '/ordlista#cpv-kod',
    kind: 'cpv',
    topic: 'subject',
    question: L('Vilken tjänst gäller det?', 'Which service is it?'),
    questionCivil: L(
      'Vilken verksamhet handlar samarbetet om?',
      'What activity is the collaboration about?',
    ),
    hint: L(
      'Sök med ett ord, till exempel äldreomsorg, städning eller utbildning, och välj den kod som passar bäst. Den första koden ni väljer räknas som huvudsaken.',
      'Search with a word, for example elderly care, cleaning or training, and choose the code that fits best. The first code you choose counts as the main subject.',
    ),
  },
  {
    path: 'subject.lovScope',
    knowledgePath: '/kunskap/lov',
    kind: 'boolean',
    topic: 'subject',
    question: L(
      'Ska brukarna själva välja bland alla godkända utförare?',
      'Should users choose themselves among all approved providers?',
    ),
    hint: L(
      'Så fungerar ett valfrihetssystem enligt LOV.',
      'That is how a choice system under LOV works.',
    ),
  },
  {
    path: 'estimatedValueSek',
    knowledgePath: '/ordlista#troskelvarde',
    kind: 'sek',
    topic: 'value',
    question: L(
      'Vad är det beräknade värdet för hela avtalstiden?',
      'What is the estimated value over the whole term?',
    ),
    questionCivil: L(
      'Hur mycket pengar handlar samarbetet om totalt?',
      'How much money does the collaboration involve in total?',
    ),
    hint: L(
      'Utan moms, med alla optioner och förlängningar.',
      'Excluding VAT, with all options and extensions.',
    ),
  },
  {
    path: 'sameKindPurchasesThisFinancialYearSek',
    knowledgePath: '/ordlista#direktupphandlingsgrans',
    kind: 'sek',
    topic: 'value',
    question: L(
      'Hur mycket har ni redan direktupphandlat av samma slag under räkenskapsåret?',
      'How much have you already bought by direct award of the same kind this financial year?',
    ),
    hint: L(
      'Köp av samma slag räknas samman mot direktupphandlingsgränsen. Skriv 0 om inget.',
      'Purchases of the same kind count together towards the direct-award limit. Write 0 if none.',
    ),
  },
  {
    path: 'durationMonths',
    knowledgePath: '/ordlista#avtalstid',
    kind: 'months',
    topic: 'value',
    question: L(
      'Hur många månader ska avtalet eller samarbetet löpa?',
      'For how many months will the contract or collaboration run?',
    ),
    hint: L('Med eventuella förlängningar.', 'Including any extensions.'),
  },
  {
    path: 'relationship.publicPaysForServicesItDefines',
    knowledgePath: '/ordlista#kopa',
    kind: 'boolean',
    topic: 'relationship',
    question: L(
      'Betalar ni för en tjänst som ni själva har beskrivit (ett köp)?',
      'Do you pay for a service you have described yourselves (a purchase)?',
    ),
    questionCivil: L(
      'Är det den offentliga parten som bestämmer vad organisationen ska göra mot ersättning?',
      'Does the public side decide what the organisation does in return for payment?',
    ),
    hint: L(
      'Betalning för en beställd tjänst är ett köp, vad överenskommelsen än kallas.',
      'Payment for an ordered service is a purchase, whatever the agreement is called.',
    ),
  },
  {
    path: 'relationship.supportsOrganisationsOwnActivity',
    knowledgePath: '/kunskap/grant',
    kind: 'boolean',
    topic: 'relationship',
    question: L(
      'Är det organisationens egen verksamhet som stöds?',
      "Is it the organisation's own activity that is supported?",
    ),
    questionCivil: L(
      'Är det föreningens egen verksamhet som ni vill stödja?',
      "Is it the association's own activity that you want to support?",
    ),
    hint: L(
      'Verksamhet som organisationen själv har startat och driver.',
      'An activity that the organisation started and runs itself.',
    ),
  },
  {
    path: 'relationship.organisationContributesOwnResources',
    knowledgePath: '/ordlista#egen-insats',
    kind: 'boolean',
    topic: 'relationship',
    question: L(
      'Bidrar organisationen med egna resurser?',
      'Does the organisation contribute its own resources?',
    ),
    questionCivil: L(
      'Satsar föreningen egna pengar, volontärer eller lokaler?',
      'Does the association put in its own money, volunteers or premises?',
    ),
    hint: L('I ett partnerskap bidrar båda parter.', 'In a partnership both parties contribute.'),
  },
  {
    path: 'relationship.mutualObligationsEnforceable',
    knowledgePath: '/ordlista#vite',
    kind: 'boolean',
    topic: 'relationship',
    question: L(
      'Kan parterna kräva fullgörande, vite eller skadestånd av varandra?',
      'Can the parties demand performance, penalties or damages from each other?',
    ),
    questionCivil: L(
      'Finns det straff om organisationen inte gör det som avtalats?',
      'Are there penalties if the organisation does not do what was agreed?',
    ),
    hint: L('Sådana sanktioner pekar på ett kontrakt.', 'Such sanctions point to a contract.'),
  },
  {
    path: 'relationship.initiatedBy',
    knowledgePath: '/kunskap/iop',
    kind: 'choice',
    topic: 'relationship',
    question: L('Vem tog initiativet?', 'Who took the initiative?'),
    hint: L(
      'Ett bidrag stöder normalt verksamhet som organisationen själv har tagit initiativ till.',
      'A grant normally supports an activity the organisation initiated itself.',
    ),
    options: [
      { value: 'buyer', label: L('Den offentliga parten', 'The public body') },
      { value: 'organisation', label: L('Organisationen', 'The organisation') },
      { value: 'joint', label: L('Båda tillsammans', 'Both together') },
    ],
  },
  {
    path: 'relationship.marketExists',
    knowledgePath: '/ordlista#marknad',
    kind: 'boolean',
    topic: 'relationship',
    question: L(
      'Erbjuder andra samma tjänst mot betalning?',
      'Do others offer the same service for payment?',
    ),
    questionCivil: L(
      'Finns det företag eller andra som säljer samma sak?',
      'Are there companies or others who sell the same thing?',
    ),
    hint: L(
      'Det vill säga: finns det en marknad för tjänsten?',
      'That is: is there a market for the service?',
    ),
  },
  {
    path: 'counterpart.name',
    kind: 'text',
    topic: 'counterpart',
    question: L('Vad heter organisationen?', 'What is the organisation called?'),
    hint: L('Till exempel Stiftelsen Bräcke diakoni.', 'For example Stiftelsen Bräcke diakoni.'),
  },
  {
    path: 'counterpart.legalForm',
    knowledgePath: '/ordlista#ideell-forening',
    kind: 'choice',
    topic: 'counterpart',
    question: L(
      'Vilken juridisk form har organisationen?',
      'What is the legal form of the organisation?',
    ),
    hint: L('Står i registreringsbeviset.', 'It is on the certificate of registration.'),
    options: [
      { value: 'ideell-forening', label: L('Ideell förening', 'Non-profit association') },
      { value: 'stiftelse', label: L('Stiftelse', 'Foundation') },
      {
        value: 'ekonomisk-forening',
        label: L('Ekonomisk förening', 'Economic association (co-operative)'),
      },
      {
        value: 'svb-aktiebolag',
        label: L(
          'Aktiebolag med särskild vinstutdelningsbegränsning (svb)',
          'Limited company with restricted profit distribution (svb)',
        ),
      },
      { value: 'aktiebolag', label: L('Aktiebolag', 'Limited company') },
      { value: 'trossamfund', label: L('Trossamfund', 'Religious community') },
      { value: 'other', label: L('Annan', 'Other') },
    ],
  },
  {
    path: 'counterpart.mainAimWorkIntegration',
    knowledgePath: '/kunskap/reserved-work-integration',
    kind: 'boolean',
    topic: 'counterpart',
    question: L(
      'Är organisationens huvudsyfte att integrera personer med funktionsnedsättning eller långt från arbetsmarknaden i arbete?',
      "Is the organisation's main aim to integrate people with disabilities or far from the labour market into work?",
    ),
    questionCivil: L(
      'Är ni ett arbetsintegrerande socialt företag?',
      'Are you a work-integrating social enterprise?',
    ),
    hint: L(
      'Till exempel ett arbetsintegrerande socialt företag eller en skyddad verkstad.',
      'For example a work-integrating social enterprise or a sheltered workshop.',
    ),
  },
  {
    path: 'counterpart.shareDisadvantagedStaff',
    knowledgePath: '/ordlista#andelskravet',
    kind: 'share',
    topic: 'counterpart',
    question: L(
      'Hur stor andel av de anställda eller engagerade har funktionsnedsättning eller svårt att komma in på arbetsmarknaden?',
      'What share of those employed or engaged have disabilities or find it hard to enter the labour market?',
    ),
    hint: L(
      'I procent. Praktikanter och andra engagerade räknas också.',
      'As a percentage. Trainees and others engaged count too.',
    ),
  },
  {
    path: 'counterpart.reinvestsProfits',
    knowledgePath: '/kunskap/reserved-mission-based',
    kind: 'boolean',
    topic: 'counterpart',
    question: L(
      'Återinvesterar organisationen sina vinster i verksamheten?',
      'Does the organisation reinvest its profits in its activity?',
    ),
    questionCivil: L(
      'Går ett överskott tillbaka till verksamheten?',
      'Does any surplus go back into the activity?',
    ),
    hint: L(
      'Ett krav för reservation enligt 19 kap. 25 § LOU.',
      'A requirement for a reservation under 19 kap. 25 § LOU.',
    ),
  },
  {
    path: 'counterpart.participatoryGovernance',
    knowledgePath: '/kunskap/reserved-mission-based',
    kind: 'boolean',
    topic: 'counterpart',
    question: L(
      'Har anställda, brukare eller intressenter inflytande över ledning eller ägande?',
      'Do employees, users or stakeholders take part in management or ownership?',
    ),
    hint: L(
      'Till exempel medarbetarägande eller brukarrepresentation i styrelsen.',
      'For example employee ownership or user representation on the board.',
    ),
  },
  {
    path: 'counterpart.publicBenefitPurposeOnly',
    knowledgePath: '/ordlista#allmannyttigt-syfte',
    kind: 'boolean',
    topic: 'counterpart',
    question: L(
      'Är organisationens syfte enligt stadgarna uteslutande allmännyttigt?',
      "Is the organisation's purpose under its statutes exclusively for the public benefit?",
    ),
    questionCivil: L(
      'Säger era stadgar att ni bara finns till för allmänhetens nytta?',
      'Do your statutes say you exist only for the public benefit?',
    ),
    hint: L(
      'Så definieras en idéburen organisation i lag (2022:900).',
      'That is how lag (2022:900) defines an idea-driven organisation.',
    ),
  },
  {
    path: 'counterpart.publicControllingInfluence',
    knowledgePath: '/kunskap/reserved-ideburen',
    kind: 'boolean',
    topic: 'counterpart',
    question: L(
      'Har staten, en region eller en kommun bestämmande inflytande över organisationen?',
      'Do the state, a region or a municipality have controlling influence over the organisation?',
    ),
    hint: L(
      'Till exempel genom att utse majoriteten av styrelsen.',
      'For example by appointing most of the board.',
    ),
  },
  {
    path: 'counterpart.valueTransfersOnlyAllowed',
    knowledgePath: '/ordlista#vardeoverforing',
    kind: 'boolean',
    topic: 'counterpart',
    question: L(
      'Gör organisationen bara värdeöverföringar till andra idéburna organisationer eller forskning?',
      'Does the organisation make value transfers only to other idea-driven organisations or to research?',
    ),
    questionCivil: L(
      'Går eventuella utdelningar bara till andra idéburna eller till forskning?',
      'Do any distributions go only to other idea-driven organisations or to research?',
    ),
    hint: L(
      'Värdeöverföringar är till exempel utdelningar och gåvor.',
      'Value transfers are for example dividends and gifts.',
    ),
  },
  {
    path: 'counterpart.registeredIdeburen',
    knowledgePath: '/ordlista#register-ideburna',
    kind: 'boolean',
    topic: 'counterpart',
    question: L(
      'Finns organisationen i Kammarkollegiets register över idéburna organisationer?',
      "Is the organisation in Kammarkollegiet's register of idea-driven organisations?",
    ),
    hint: L('Registreringen är frivillig.', 'Registration is voluntary.'),
  },
  {
    path: 'counterpart.awardedSameServiceReservedLast3Years',
    knowledgePath: '/kunskap/reserved-mission-based',
    kind: 'boolean',
    topic: 'counterpart',
    question: L(
      'Har organisationen fått ett reserverat kontrakt för samma tjänster av er de senaste tre åren?',
      'Has the organisation been awarded a reserved contract for the same services by you in the last three years?',
    ),
    hint: L(
      'Gäller reservation enligt 19 kap. 25 § LOU.',
      'Applies to reservation under 19 kap. 25 § LOU.',
    ),
  },
  {
    path: 'crossBorderInterest',
    kind: 'choice',
    topic: 'value',
    question: L(
      'Kan leverantörer i andra EU-länder vara intresserade?',
      'Could suppliers in other EU countries be interested?',
    ),
    hint: L('Ett bestämt gränsöverskridande intresse.', 'A definite cross-border interest.'),
    options: [
      { value: 'likely', label: L('Ja, troligen', 'Yes, likely') },
      { value: 'unlikely', label: L('Nej, knappast', 'No, unlikely') },
    ],
  },
];

const BY_PATH = new Map(INTERVIEW_FIELDS.map((f) => [f.path, f]));

/** The field at `path`, if the interview knows it. */
export function interviewField(path: string): InterviewField | undefined {
  return BY_PATH.get(path);
}

/** Journey-only fields: not facts of the case. */
export const JOURNEY_FIELDS: ReadonlySet<string> = new Set(['goal', 'counterpart']);
