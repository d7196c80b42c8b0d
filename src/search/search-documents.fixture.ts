// A small set of knowledge pages and glossary entries in Swedish and English, written like the
// real content, for the search tests, the search page's browser tests and the bench.
import type { SearchDocument } from './search-document';

/** Knowledge pages and glossary entries in both languages. */
export const FIXTURE_DOCUMENTS: readonly SearchDocument[] = [
  {
    id: 'knowledge:iop',
    lang: 'sv',
    kind: 'knowledge',
    url: '/kunskap/iop',
    title: 'Idéburet offentligt partnerskap (IOP)',
    terms: '',
    body:
      'Ett idéburet offentligt partnerskap är en samverkan där en kommun eller region och en ' +
      'idéburen organisation tillsammans tar ansvar för en verksamhet med ett gemensamt mål. ' +
      'Initiativet kommer ofta från den idéburna organisationen, som också bidrar med egna ' +
      'resurser. Ett partnerskap är inte ett köp: den offentliga parten betalar inte för en ' +
      'tjänst den själv har definierat. Tänk på att stödet ska vara förenligt med reglerna om ' +
      'statsstöd och att partnerskap bygger på ömsesidigt lärande uppföljning.',
  },
  {
    id: 'knowledge:iop',
    lang: 'en',
    kind: 'knowledge',
    url: '/kunskap/iop',
    title: 'Idea-based public partnership (IOP)',
    terms: '',
    body:
      'An idea-based public partnership is a collaboration in which a municipality or region and ' +
      'an idea-driven organisation take joint responsibility for an activity with a shared goal. ' +
      'The initiative often comes from the organisation, which also contributes its own ' +
      'resources. A partnership is not a purchase: the public party does not pay for a service ' +
      'it has defined itself.',
  },
  {
    id: 'knowledge:advertised-procurement',
    lang: 'sv',
    kind: 'knowledge',
    url: '/kunskap/advertised-procurement',
    title: 'Annonserad upphandling',
    terms: '',
    body:
      'Vid en annonserad upphandling beskriver den upphandlande myndigheten vad den vill köpa i ' +
      'en kravspecifikation och låter leverantörer lämna anbud i konkurrens. Över ' +
      'tröskelvärdena gäller EU-direktivens regler om annonsering i hela unionen. Alla ' +
      'leverantörer ska behandlas lika, och tilldelningen sker enligt kriterier som anges i ' +
      'förväg.',
  },
  {
    id: 'knowledge:advertised-procurement',
    lang: 'en',
    kind: 'knowledge',
    url: '/kunskap/advertised-procurement',
    title: 'Advertised procurement',
    terms: '',
    body:
      'In an advertised procurement the contracting authority describes what it wants to buy in ' +
      'a specification and lets suppliers submit tenders in competition. Above the thresholds ' +
      'the rules of the EU directives on publication throughout the Union apply.',
  },
  {
    id: 'knowledge:grant',
    lang: 'sv',
    kind: 'knowledge',
    url: '/kunskap/grant',
    title: 'Bidrag',
    terms: '',
    body:
      'Ett bidrag är stöd till en verksamhet som organisationen själv har valt och ansvarar ' +
      'för. Kommunen får ingen motprestation. Föreningsbidrag och verksamhetsbidrag beslutas ' +
      'enligt kommunens egna riktlinjer. Den som ger bidraget kan följa upp att pengarna använts ' +
      'till det som avsetts, men bestämmer inte innehållet. Ett bidrag är aldrig en upphandling.',
  },
  {
    id: 'knowledge:grant',
    lang: 'en',
    kind: 'knowledge',
    url: '/kunskap/grant',
    title: 'Grant',
    terms: '',
    body:
      'A grant supports an activity the organisation has chosen and is responsible for itself. ' +
      'The municipality receives nothing in return. A grant is never a procurement.',
  },
  {
    id: 'knowledge:cultures',
    lang: 'sv',
    kind: 'knowledge',
    url: '/kunskap/kulturkrockar',
    title: 'Att arbeta över kulturgränser',
    terms: '',
    body:
      'Offentlig sektor och civilsamhället har olika utgångspunkter. Den ena sidan talar om ' +
      'upphandling, leverantör och avtalsuppföljning, den andra om initiativ, partner och ' +
      'lärande. Ett första möte fungerar bättre när båda sidor förklarar sina ord. Anbudet ' +
      'eller erbjudandet – samma sak kan heta olika saker.',
  },
  {
    id: 'glossary:anbud',
    lang: 'sv',
    kind: 'glossary',
    url: '/ordlista#anbud',
    title: 'Anbud',
    terms: 'anbud erbjudande förslag',
    body:
      'Ett skriftligt erbjudande från en leverantör att utföra det som efterfrågas i en ' +
      'upphandling, till ett visst pris och på vissa villkor. Exempel: föreningen lämnade ett ' +
      'anbud på driften av en mötesplats.',
  },
  {
    id: 'glossary:anbud',
    lang: 'en',
    kind: 'glossary',
    url: '/ordlista#anbud',
    title: 'Tender',
    terms: 'tender bid offer proposal',
    body:
      'A written offer from a supplier to carry out what a procurement asks for, at a given ' +
      'price and on given terms. Example: the association submitted a tender to run a meeting ' +
      'place.',
  },
  {
    id: 'glossary:leverantor',
    lang: 'sv',
    kind: 'glossary',
    url: '/ordlista#leverantor',
    title: 'Leverantör',
    terms: 'leverantör utförare partner',
    body:
      'Den som säljer varor eller tjänster till en upphandlande myndighet. En idéburen ' +
      'organisation kallar sig hellre partner eller utförare än leverantör.',
  },
  {
    id: 'glossary:leverantor',
    lang: 'en',
    kind: 'glossary',
    url: '/ordlista#leverantor',
    title: 'Supplier',
    terms: 'supplier provider partner',
    body:
      'Whoever sells goods or services to a contracting authority. An idea-driven organisation ' +
      'would rather call itself a partner or provider than a supplier.',
  },
  {
    id: 'glossary:kravspecifikation',
    lang: 'sv',
    kind: 'glossary',
    url: '/ordlista#kravspecifikation',
    title: 'Kravspecifikation',
    terms: 'kravspecifikation behov gemensamt mål',
    body:
      'Beskrivningen av vad som ska köpas och vilka krav det ska uppfylla. I ett partnerskap ' +
      'formulerar parterna i stället ett gemensamt mål.',
  },
  {
    id: 'glossary:kravspecifikation',
    lang: 'en',
    kind: 'glossary',
    url: '/ordlista#kravspecifikation',
    title: 'Specification',
    terms: 'specification requirements shared goal',
    body:
      'The description of what is to be bought and the requirements it must meet. In a ' +
      'partnership the parties instead set out a shared goal.',
  },
];
