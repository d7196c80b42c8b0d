/**
 * Swedish texts of every reason, condition, risk, question and label the rules produce.
 * `{name}` is replaced by a parameter; amounts are formatted for the language.
 */
export const sv = {
  // Relationship: grant and IOP
  'relationship.no-payment-for-defined-service':
    'Den offentliga parten betalar inte för en tjänst som den själv har bestämt. Då finns inget kontrakt med ekonomiska villkor som måste upphandlas.',
  'relationship.payment-for-defined-service':
    'Den offentliga parten betalar för en tjänst som den själv har bestämt. Det är ett köp av direkt ekonomiskt intresse, alltså ett kontrakt som ska upphandlas, oavsett vad överenskommelsen kallas (HFD 2020 ref. 15).',
  'relationship.payment-unknown':
    'Det är okänt om den offentliga parten betalar för en tjänst som den själv har bestämt. Om den gör det är det ett köp som ska upphandlas.',
  'relationship.no-enforceable-obligations':
    'Det finns inga ömsesidiga förpliktelser som kan drivas igenom med vite, skadestånd eller krav på fullgörande.',
  'relationship.enforceable-obligations':
    'Överenskommelsen har förpliktelser som kan drivas igenom (vite, skadestånd eller krav på fullgörande). Sådana sanktioner pekar på ett kontrakt, inte ett bidrag eller partnerskap.',
  'relationship.obligations-unknown':
    'Det är okänt om överenskommelsen har förpliktelser som kan drivas igenom med sanktioner. Sådana sanktioner pekar på ett kontrakt.',
  'relationship.kl-general-interest':
    'Stödet ska avse en angelägenhet av allmänt intresse med anknytning till kommunens eller regionens område eller medlemmar, och får inte vara individuellt stöd till en enskild näringsidkare utan synnerliga skäl.',
  'relationship.state-aid':
    'Statsstödsreglerna ska följas om organisationen bedriver ekonomisk verksamhet: stöd av mindre betydelse får vara högst {deMinimisEur} per organisation under tre år, eller högst {sgeiEur} för tjänster av allmänt ekonomiskt intresse (SGEI). Över det krävs att villkoren för SGEI-ersättning är uppfyllda.',
  'relationship.state-aid-no-ceiling':
    'Statsstödsreglerna ska följas om organisationen bedriver ekonomisk verksamhet. samverka har inga tak för stöd av mindre betydelse för detta datum.',
  'relationship.label-does-not-decide':
    'Vad överenskommelsen kallas avgör inte. Ett "bidrag" eller "partnerskap" som i själva verket är betalning för en beställd tjänst är en otillåten direktupphandling (HFD 2020 ref. 15, Alingsås: 5 miljoner kronor i upphandlingsskadeavgift).',
  'relationship.market-exists':
    'Andra aktörer erbjuder samma tjänst mot betalning. Stöd till verksamhet på en marknad kan vara statsstöd, och överenskommelsen granskas hårdare.',
  'relationship.initiated-by-buyer':
    'Initiativet kommer från den offentliga parten. Ett bidrag stöder normalt verksamhet som organisationen själv har startat; en verksamhet som den offentliga parten har tagit initiativ till och beskrivit liknar ett köp.',
  'relationship.recipient-may-be-authority':
    'Organisationen står under offentligt bestämmande inflytande och kan själv vara ett offentligt styrt organ som måste upphandla.',
  'grant.own-activity': 'Stödet går till organisationens egen verksamhet.',
  'grant.not-own-activity':
    'Stödet går inte till organisationens egen verksamhet. Ett bidrag förutsätter att organisationen själv driver det som stöds.',
  'grant.own-activity-unknown':
    'Det är okänt om stödet går till organisationens egen verksamhet, vilket ett bidrag förutsätter.',
  'iop.both-contribute': 'Organisationen bidrar med egna resurser; båda parter bidrar.',
  'iop.no-own-contribution':
    'Organisationen bidrar inte med egna resurser. Ett partnerskap förutsätter att båda parter bidrar; utan det är det ett bidrag eller ett köp.',
  'iop.contribution-unknown':
    'Det är okänt om organisationen bidrar med egna resurser, vilket ett partnerskap förutsätter.',
  'iop.shared-goal':
    'Parterna ska ha ett gemensamt samhällsmål och en gemensam analys av utmaningen, och överenskommelsen ska vara skriftlig.',
  'iop.not-in-statute':
    'IOP är inte reglerat i lag. Varje partnerskap prövas mot upphandlings- och statsstödsreglerna i det enskilda fallet.',
  'iop.not-own-activity':
    'Verksamheten är inte organisationens egen. Ett partnerskap bygger normalt på organisationens eget initiativ och verksamhet.',

  // Direct award
  'direct-award.within-limit':
    'Värdet, {total} inklusive tidigare direktupphandlingar av samma slag under räkenskapsåret, uppgår till högst direktupphandlingsgränsen {limit}.',
  'direct-award.above-limit':
    'Värdet, {total} inklusive tidigare direktupphandlingar av samma slag under räkenskapsåret, överstiger direktupphandlingsgränsen {limit}.',
  'direct-award.within-welfare-exemption':
    'Värdet, {total}, uppgår till högst gränsen för undantag från annonsering för välfärdstjänster, {limit}.',
  'direct-award.above-welfare-exemption':
    'Värdet, {total}, överstiger gränsen för undantag från annonsering för välfärdstjänster, {limit}.',
  'direct-award.limit-unknown':
    'Om direktupphandling är tillåten beror på värdet och på vilken direktupphandlingsgräns som gäller, som beror på fakta som saknas.',
  'direct-award.limit-missing':
    'Direktupphandlingsgränsen för perioden är motsvarigheten i kronor till {limitEur}. Beloppet i kronor är inte verifierat i samverka; värdet får inte överstiga det.',
  'direct-award.limit-missing-risk':
    'Beloppet i kronor för direktupphandlingsgränsen under perioden saknas. Kontrollera det hos Upphandlingsmyndigheten innan ni beslutar.',
  'direct-award.at-limit':
    'Värdet är exakt lika med gränsen. Lagen säger "uppgår till högst", men Upphandlingsmyndighetens tabell säger "understiger"; välj annonsering om ni vill vara säkra.',
  'direct-award.limit-not-confirmed':
    'Ingen ändring av gränsen efter 2022-02-01 har hittats i de källor samverka bygger på, men de räcker bara till {checkedThrough}. Kontrollera att gränsen fortfarande gäller.',
  'direct-award.documentation':
    'Myndigheten ska ha riktlinjer för direktupphandling och dokumentera skälen för beslutet när värdet överstiger 100 000 kronor.',
  'direct-award.special-grounds':
    'Över gränsen får direktupphandling bara ske på särskilda grunder, till exempel synnerlig brådska eller förhandlat förfarande utan föregående annonsering.',
  'direct-award.no-splitting':
    'Köp av samma slag under räkenskapsåret räknas samman. Att dela upp ett köp för att hamna under gränsen är inte tillåtet.',

  // Advertised procurement
  'advertised.own-design':
    'Under tröskelvärdet upphandlar ni enligt 19 kap.: ni utformar förfarandet själva men ska beskriva det tydligt i upphandlingsdokumenten.',
  'advertised.named-procedures':
    'Under tröskelvärdet upphandlar ni med förenklat förfarande eller urvalsförfarande.',
  'advertised.special-services':
    'Tjänsten är en social eller annan särskild tjänst (bilaga 2) och upphandlas enligt 19 kap. oavsett värde.',
  'advertised.special-above':
    'Värdet når tröskelvärdet för sociala och andra särskilda tjänster: upphandlingen ska annonseras i EU:s databas (TED), och reglerna om tekniska specifikationer och efterannonsering gäller.',
  'advertised.directive':
    'Värdet når tröskelvärdet: upphandlingen görs med ett av direktivets förfaranden (öppet, selektivt, förhandlat förfarande med föregående annonsering eller konkurrenspräglad dialog).',
  'advertised.depends':
    'Annonserad upphandling är alltid möjlig. Vilka regler som gäller beror på värdet och tjänsten: under tröskelvärdet och för sociala tjänster nationella regler, annars direktivets förfaranden.',
  'advertised.welfare':
    'För välfärdstjänster under tröskelvärdet krävs annonsering i en allmänt tillgänglig databas; EU:s principer gäller bara om upphandlingen har ett bestämt gränsöverskridande intresse (angivet: {crossBorder}).',
  'advertised.principles':
    'Upphandlingen ska följa principerna om likabehandling, icke-diskriminering, öppenhet, proportionalitet och ömsesidigt erkännande.',

  // Innovation partnership
  'innovation.not-in-force':
    'Innovationspartnerskap infördes med LOU (2016:1145) och finns för upphandlingar som påbörjas från 2017-01-01.',
  'innovation.not-on-market': 'Det finns ingen marknad för tjänsten, så den kan behöva utvecklas.',
  'innovation.on-market':
    'Andra erbjuder redan samma tjänst mot betalning. Innovationspartnerskap är till för att utveckla det som inte finns på marknaden.',
  'innovation.market-unknown':
    'Det är okänt om tjänsten redan finns på marknaden. Innovationspartnerskap förutsätter att den inte gör det.',
  'innovation.procedure':
    'Förfarandet ska följa reglerna om innovationspartnerskap: mål och delmål för utvecklingen, och villkor för att sedan köpa resultatet.',
  'innovation.narrow-exception':
    'Undantaget för forsknings- och utvecklingstjänster tolkas snävt och ersätter inte ett innovationspartnerskap.',

  // Reserved procurement, common
  'reserved.whole-term':
    'Villkoren kontrolleras vid kvalificeringen och ska vara uppfyllda under hela avtalstiden.',
  'reserved.notice': 'Annonsen ska ange att upphandlingen är reserverad.',
  'reserved.services-unknown':
    'Vilka tjänster som upphandlas är okänt. Reservationen gäller bara vissa tjänster.',
  'reserved.additional-cpv-outside':
    'Kompletterande CPV-koder ligger utanför de tjänster som får reserveras: {codes}.',
  'reserved.luf-not-verified':
    'Reservationen finns i LOU. samverka har ingen verifierad källa om motsvarande regel i LUF.',
  'reserved.luf-section-not-verified':
    'Motsvarande regel finns enligt Upphandlingsmyndigheten i LUF, men paragrafen är inte verifierad i samverka.',

  // Work integration
  'work-integration.not-covered':
    'Före 2017-01-01 gällde en äldre regel om reserverade kontrakt i LOU (2007:1091) med andra villkor. Den finns inte i samverka.',
  'work-integration.main-aim-required':
    'Deltagandet får reserveras för skyddade verkstäder eller leverantörer vars huvudsyfte är social och yrkesmässig integrering av personer med funktionsnedsättning eller som har svårt att komma in på arbetsmarknaden.',
  'work-integration.main-aim': 'Organisationens huvudsyfte är arbetsintegrering.',
  'work-integration.no-main-aim':
    'Organisationens huvudsyfte är inte arbetsintegrering, och den kan därför inte delta i en sådan reserverad upphandling.',
  'work-integration.share-required':
    'Minst {minShare} % av de anställda eller engagerade ska vara personer med funktionsnedsättning eller som har svårt att komma in på arbetsmarknaden.',
  'work-integration.share-met':
    'Andelen personer långt från arbetsmarknaden är {share} %, vilket når kravet på minst {minShare} %.',
  'work-integration.share-not-met':
    'Andelen personer långt från arbetsmarknaden är {share} %, under kravet på minst {minShare} %.',

  // Mission-based (art. 77)
  'mission-based.not-in-force':
    'Reservation enligt artikel 77 infördes i LOU 2019-01-01 (19 kap. 6 a §) och finns inte för upphandlingar som påbörjades dessförinnan.',
  'mission-based.services-listed':
    'Tjänsten ({cpv}) är en av de hälso-, sociala och kulturella tjänster som får reserveras.',
  'mission-based.services-not-listed':
    'Tjänsten ({cpv}) finns inte bland de tjänster som får reserveras enligt artikel 77.',
  'mission-based.duration-required': 'Avtalet får löpa i högst {max} månader.',
  'mission-based.duration-ok': 'Avtalstiden, {months} månader, är högst {max} månader.',
  'mission-based.duration-too-long':
    'Avtalstiden, {months} månader, är längre än de högst {max} månader som en sådan reservation tillåter.',
  'mission-based.reinvests-required':
    'Organisationens vinster ska återinvesteras för att uppnå dess syfte.',
  'mission-based.reinvests': 'Organisationen återinvesterar sina vinster.',
  'mission-based.no-reinvest':
    'Organisationen återinvesterar inte sina vinster, vilket reservationen kräver.',
  'mission-based.participation-required':
    'Ledning eller ägande ska bygga på de anställdas ägande eller deltagande, eller kräva aktivt deltagande av anställda, brukare eller intressenter.',
  'mission-based.participation': 'Organisationen har en deltagande styrning.',
  'mission-based.no-participation':
    'Organisationen har inte den deltagande styrning som reservationen kräver.',
  'mission-based.mission-required':
    'Organisationens syfte ska vara att fullgöra ett uppdrag av allmänt intresse knutet till tjänsterna.',
  'mission-based.repeat-award':
    'Organisationen har tilldelats ett reserverat kontrakt för samma tjänster de senaste tre åren. Direktivet (artikel 77.2 d) utesluter då en ny reservation; om svensk lag har samma regel är inte verifierat i samverka.',
  'mission-based.repeat-award-general':
    'Direktivet (artikel 77.2 d) utesluter en organisation som har fått ett sådant reserverat kontrakt för samma tjänster de senaste tre åren; om svensk lag har samma regel är inte verifierat i samverka.',
  'mission-based.welfare-scope':
    'Under reglerna 2019–2022 gällde reservationen välfärdstjänster (bilaga 2 a). samverka har bara en del av den förteckningen.',

  // Idéburen
  'ideburen.not-in-force':
    'Reservation för idéburna organisationer gäller för upphandlingar som påbörjas från 2023-01-01.',
  'ideburen.services-bilaga-2':
    'Tjänsten ({cpv}) är en social eller annan särskild tjänst enligt bilaga 2.',
  'ideburen.services-not-bilaga-2':
    'Tjänsten ({cpv}) är inte en social eller annan särskild tjänst enligt bilaga 2, och bara vissa sådana tjänster får reserveras för idéburna organisationer.',
  'ideburen.cpv-list-unverified':
    'Tjänsten ska vara en av de tjänster som räknas upp i 19 kap. 25 a § LOU. Den förteckningen är inte verifierad i samverka; kontrollera att er CPV-kod finns med.',
  'ideburen.public-benefit-required':
    'Organisationen ska vara idéburen: dess syfte ska uteslutande vara allmännyttigt enligt stadgar eller motsvarande, och syftet ska bidra till tjänstens syfte.',
  'ideburen.public-benefit': 'Organisationen har uteslutande ett allmännyttigt syfte.',
  'ideburen.no-public-benefit':
    'Organisationens syfte är inte uteslutande allmännyttigt, så den är inte idéburen i lagens mening.',
  'ideburen.no-public-control-required':
    'Staten, en region eller en kommun får inte ha ett rättsligt bestämmande inflytande över organisationen.',
  'ideburen.no-public-control':
    'Ingen offentlig aktör har bestämmande inflytande över organisationen.',
  'ideburen.public-control':
    'En offentlig aktör har bestämmande inflytande över organisationen, vilket utesluter den.',
  'ideburen.value-transfers-required':
    'Organisationen får bara göra värdeöverföringar till andra idéburna organisationer eller till forskning.',
  'ideburen.value-transfers': 'Organisationen gör bara tillåtna värdeöverföringar.',
  'ideburen.value-transfers-not-allowed':
    'Organisationen gör värdeöverföringar som inte är tillåtna, vilket utesluter den.',
  'ideburen.purpose-serves-service':
    'Organisationens allmännyttiga syfte ska bidra till att uppfylla tjänstens syfte.',
  'ideburen.eu-law-risk':
    'Reservationen för idéburna saknar direkt motsvarighet i EU-direktivet och är inte prövad i svensk domstol. EU-domstolen har godtagit en liknande ordning (C-436/20), men en norsk motsvarighet underkändes 2024 av Borgarting lagmannsrett.',
  'ideburen.registered':
    'Organisationen finns i Kammarkollegiets register över idéburna organisationer, vilket visar att villkoren var uppfyllda vid registreringen.',
  'ideburen.not-registered':
    'Organisationen är inte registrerad som idéburen. Registreringen är frivillig och visar att villkoren är uppfyllda; om den krävs för att delta är inte verifierat i samverka.',

  // LOV
  'lov.buyer-ok': 'Kommuner och regioner kan inrätta valfrihetssystem enligt LOV.',
  'lov.buyer-not-municipality':
    'Bara kommuner och regioner kan inrätta valfrihetssystem enligt LOV.',
  'lov.buyer-unknown':
    'Vilken sorts organisation som köper är okänt; LOV gäller kommuner och regioner.',
  'lov.services-in-scope': 'Tjänsten ({cpv}) är en hälso- eller socialtjänst som LOV omfattar.',
  'lov.services-out-of-scope': 'Tjänsten ({cpv}) omfattas inte av LOV.',
  'lov.services-unknown':
    'Vilken tjänst det gäller är okänt; LOV omfattar vissa hälso- och socialtjänster.',
  'lov.users-choose-required':
    'Brukarna ska själva välja bland alla godkända utförare, och det ska finnas ett ickevalsalternativ.',
  'lov.users-choose': 'Brukarna väljer själva bland alla godkända utförare.',
  'lov.users-do-not-choose':
    'Brukarna väljer inte själva utförare. Ett valfrihetssystem bygger på brukarens val.',
  'lov.equal-terms':
    'Alla sökande som uppfyller kraven ska godkännas, få samma ersättning och annonseras på Valfrihetswebben.',
  'lov.additional-cpv-outside': 'Kompletterande CPV-koder omfattas inte av LOV: {codes}.',
  'lov.region-primary-care': 'För regioner är valfrihetssystem obligatoriskt i primärvården.',
  'lov-ideburen.not-in-force':
    'Valfrihetssystem får reserveras för idéburna organisationer från 2023-01-01.',
  'lov-ideburen.not-primary-care':
    'Reservationen får inte användas för vårdvalssystem i primärvården.',

  // Early dialogue and social considerations
  'early-dialogue.allowed':
    'Dialog med möjliga partner och leverantörer innan kraven är bestämda är tillåten och ofta klok.',
  'early-dialogue.equal-treatment':
    'Dialogen ska behandla alla lika: samma information till alla och inget som ger någon ett försprång.',
  'early-dialogue.document':
    'Dokumentera dialogen och dela den information som ges till någon med alla.',
  'social-considerations.allowed':
    'Sociala och arbetsrättsliga hänsyn och särskilda arbetsvillkor kan ställas i varje upphandling när upphandlingens art motiverar det.',
  'social-considerations.proportionate':
    'Kraven ska ha koppling till det som upphandlas och vara proportionerliga.',
  'social-considerations.mandatory-unverified':
    'Det har föreslagits att sådana hänsyn ska bli obligatoriska (Ds 2021:31); om och när det har införts är inte verifierat i samverka.',

  // Regime and data notes
  'amount.derived':
    '{what} för perioden ({amount}) är beräknat från verifierade värden, inte läst i en officiell tabell, och kan avvika med en krona.',
  'amount.eur-only':
    '{what} för perioden är {eur}. Beloppet i kronor är inte verifierat i samverka, så jämförelser med det kan inte avgöras.',
  'amount.not-published':
    '{what} för perioden är inte publicerat ännu, eller finns inte i samverka.',
  'amount.missing': 'samverka har inget {what} för denna kombination av datum och tjänst.',
  'regime.b-services-not-covered':
    'Före 2017-01-01 gällde LOU (2007:1091) med sin förteckning över B-tjänster. Den förteckningen finns inte i samverka, så om tjänsten var en B-tjänst kan inte avgöras.',
  'regime.welfare-list-partial':
    'Förteckningen över välfärdstjänster (bilaga 2 a, 2019–2022) finns bara delvis i samverka; om tjänsten var en välfärdstjänst kan inte avgöras för alla koder.',
  'regime.act-unknown':
    'Vilken lag som gäller beror på köparen: LUF för upphandlande enheter i försörjningssektorerna, annars LOU.',
  'form.available-if': 'Formen är möjlig om villkoren nedan är uppfyllda.',
} as const;

/** The id of a message. */
export type MessageCode = keyof typeof sv;
