/**
 * The legal sources the rules cite, one builder per act. Section numbers are given only where a
 * source confirmed them (see docs/legal-sources.md); otherwise the citation stops at the chapter.
 */
import { cite, type Citation } from '../../engine';

const SFST = 'https://rkrattsbaser.gov.se/sfst?bet=';

type Where = { chapter?: string; section?: string; paragraph?: string };

function act(name: string, sfs: string) {
  return (where: Where): Citation => cite(name, { sfs, url: SFST + sfs, ...where });
}

/** Lag (2016:1145) om offentlig upphandling, for procurements started from 2017-01-01. */
export const lou2016 = act('LOU', '2016:1145');
/** Lag (2007:1091) om offentlig upphandling, for procurements started before 2017-01-01. */
export const lou2007 = act('LOU', '2007:1091');
/** Lag (2016:1146) om upphandling inom försörjningssektorerna. */
export const luf2016 = act('LUF', '2016:1146');
/** Lag (2007:1092) om upphandling inom områdena vatten, energi, transporter och posttjänster. */
export const luf2007 = act('LUF', '2007:1092');
/** Lag (2008:962) om valfrihetssystem. */
export const lov = act('LOV', '2008:962');
/** Kommunallagen (2017:725). */
export const kl = act('KL', '2017:725');
/** Lag (2022:900) om registrering av idéburna organisationer. */
export const ideburenRegister = act('Lag om registrering av idéburna organisationer', '2022:900');
/** Hälso- och sjukvårdslagen (2017:30). */
export const hsl = act('HSL', '2017:30');

function euAct(name: string, url: string) {
  return (article: string): Citation => cite(name, { section: article, url });
}

/** Commission Regulation (EU) No 1407/2013 (de minimis), applied to 2023-12-31. */
export const deMinimis2013 = euAct(
  'Förordning (EU) 1407/2013',
  'http://data.europa.eu/eli/reg/2013/1407/oj',
);
/** Commission Regulation (EU) 2023/2831 (de minimis), from 2024-01-01. */
export const deMinimis2023 = euAct(
  'Förordning (EU) 2023/2831',
  'http://data.europa.eu/eli/reg/2023/2831/oj',
);
/** Commission Regulation (EU) No 360/2012 (SGEI de minimis), applied to 2023-12-31. */
export const sgeiDeMinimis2012 = euAct(
  'Förordning (EU) 360/2012',
  'http://data.europa.eu/eli/reg/2012/360/oj',
);
/** Commission Regulation (EU) 2023/2832 (SGEI de minimis), from 2024-01-01. */
export const sgeiDeMinimis2023 = euAct(
  'Förordning (EU) 2023/2832',
  'http://data.europa.eu/eli/reg/2023/2832/oj',
);
/** Commission Decision 2012/21/EU (SGEI compensation exempt from notification). */
export const sgeiDecision = euAct(
  'Beslut 2012/21/EU',
  'https://eur-lex.europa.eu/legal-content/SV/TXT/HTML/?uri=OJ:L:2012:007:FULL',
);
/** Directive 2014/24/EU. */
export const directive2014_24 = euAct(
  'Direktiv 2014/24/EU',
  'https://eur-lex.europa.eu/eli/dir/2014/24/oj',
);

/** HFD 2020 ref. 15 (Alingsås kommun): an "IOP" for elderly care was a public contract. */
export const hfd2020ref15: Citation = cite('HFD 2020 ref. 15', {
  section: 'mål nr 3165-19',
  url: 'https://inkopsradet.se/dom/hfd-drift-av-aldreboende-genom-s-k-iop-borde-ha-upphandlats',
});

/** CJEU C-436/20 ASADE (14 July 2022): reserving social services for non-profit bodies. */
export const asade: Citation = cite('EU-domstolen C-436/20 (ASADE)', {
  section: 'dom 2022-07-14',
  url: 'https://www.upphandlingsmyndigheten.se/frageportalen/2968122/ar-det-lagligt-att-genomfora-en-reserverad-upphand/',
});

/** Prop. 2013/14:133: 28 % / 26 % direct-award limits, documentation and guidelines. */
export const prop2013_14_133: Citation = cite('Prop. 2013/14:133', {
  section: 'lagförslag',
  url: 'https://lagen.nu/prop/2013/14:133',
});
