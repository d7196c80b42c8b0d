// The privacy page in Swedish. An organisation or operator that runs samverka adapts the section
// on who is responsible (controller) and how to reach them; the rest describes what the software
// itself stores and does.
import type { PrivacyMessages } from './privacy-messages';

/** Integritetssidan på svenska. */
export const privacySv: PrivacyMessages = {
  title: 'Personuppgifter och integritet',
  lead: 'Vad samverka sparar om dig, varför, hur länge, och hur du får ut eller raderar det.',
  controllerHeading: 'Vem som ansvarar',
  controller: [
    'samverka är fri programvara som varje organisation eller operatör driver själv. Den som driver den här tjänsten är personuppgiftsansvarig för kontona och inloggningarna.',
    'Varje organisation i samverka ansvarar för sina egna ärenden, anteckningar och beslut, på samma sätt som för andra handlingar i sin verksamhet.',
    'Har du frågor om dina personuppgifter, kontakta den som driver tjänsten eller din organisation.',
  ],
  storedHeading: 'Vad som sparas och varför',
  storedCaption: 'Uppgifter som samverka sparar, varför och hur länge',
  columns: { what: 'Uppgift', why: 'Varför', howLong: 'Hur länge' },
  stored: (f) => [
    {
      what: 'Ditt konto: namn, e-postadress, språk för mejl, när kontot skapades och ditt lösenord som en argon2id-hash (lösenordet självt sparas aldrig).',
      why: 'För att du ska kunna logga in, och för att dina kollegor ska se vem som gjort vad.',
      howLong: 'Tills du raderar kontot.',
    },
    {
      what: 'Medlemskap: vilka organisationer du tillhör och din roll i dem.',
      why: 'Rollen avgör vad du får se och göra i organisationen.',
      howLong: 'Tills du lämnar organisationen eller raderar kontot.',
    },
    {
      what: 'Inloggningar: ett slumpmässigt id (bara som hash), hur och när du loggade in, när du senast var aktiv och vilken organisation du arbetar i.',
      why: 'För att hålla dig inloggad mellan sidorna.',
      howLong: `En inloggning slutar gälla efter ${f.sessionIdleHours} timmar utan aktivitet och senast efter ${f.sessionMaxHours} timmar. Den tas bort inom ${f.housekeepingMinutes} minuter efter det, och genast när du loggar ut.`,
    },
    {
      what: 'Misslyckade inloggningar: e-postadressen som prövades, IP-adressen och tidpunkten.',
      why: 'För att stoppa den som försöker gissa lösenord.',
      howLong: `${f.signInWindowMinutes} minuter.`,
    },
    {
      what: 'Räknare mot missbruk: IP-adressen och en hash av e-postadressen, med antal förfrågningar per timme.',
      why: 'För att begränsa hur ofta någon kan be om lösenordslänkar, börja inloggningar via en organisation och använda API:t.',
      howLong: `Högst ${f.rateLimitHours} timmar.`,
    },
    {
      what: 'Länkar för att återställa lösenordet: länken som hash, när den skapades och om den använts.',
      why: 'För att bara du, med tillgång till din e-post, ska kunna välja ett nytt lösenord.',
      howLong: `Länken gäller i ${f.resetLinkMinutes} minuter och kan användas en gång. Den tas bort inom ${f.housekeepingMinutes} minuter efter att den använts eller slutat gälla.`,
    },
    {
      what: 'Inloggning via din organisations egen inloggning: under inloggningen slumpmässiga kontrollvärden och ditt språk. Från organisationens inloggning sparas bara din e-postadress och ditt namn, i kontot.',
      why: 'För att kontrollera att svaret från organisationens inloggning hör till just din inloggning.',
      howLong: `Kontrollvärdena: högst ${f.oidcFlowMinutes} minuter.`,
    },
    {
      what: 'Inbjudningar: e-postadressen som bjöds in, rollen och vem som bjöd in.',
      why: 'För att en kollega ska kunna gå med i organisationen, och för att organisationen ska se vem som bjudits in.',
      howLong:
        'Hos organisationen. När den som bjöd in raderar sitt konto visas inte längre vem det var.',
    },
    {
      what: 'Utgående mejl: mottagare, ämne och text, till exempel länkar för att återställa lösenordet.',
      why: 'Utan e-postserver läser den som driver tjänsten mejlen här och skickar dem vidare; med e-postserver är det en förteckning över vad som skickats.',
      howLong:
        'Tills du raderar kontot, då mejl till din adress raderas, eller tills den som driver tjänsten rensar dem.',
    },
    {
      what: 'Ärenden, anteckningar och beslut: uppgifterna om samverkan, texten du skriver, vem som skapade eller skrev (som konto-id) och namnet på den som fattade ett beslut.',
      why: 'Det är organisationens handläggning och dokumentation av hur den valt att samverka.',
      howLong:
        'Så länge organisationen behöver dem, enligt de regler om arkiv och gallring som gäller för den.',
    },
    {
      what: 'Organisationens logg: vad som gjordes och när, och av vilket konto (bara som id).',
      why: 'För att organisationen ska kunna följa upp och granska vem som skapade, ändrade och beslutade vad.',
      howLong:
        'Loggen kan inte ändras i efterhand. Den innehåller inga namn, så när ett konto raderas går det inte längre att se vem som gjorde något.',
    },
    {
      what: 'Tekniska loggar: IP-adress, vilken sida som begärdes och när.',
      why: 'För att driva tjänsten och hitta fel. Den hemliga delen av länkar för att återställa lösenordet och av inloggningar via organisationen skrivs inte i loggen.',
      howLong: 'Så länge den som driver tjänsten sparar sina loggar.',
    },
  ],
  legalBasisHeading: 'Rättslig grund',
  legalBasis: [
    'För offentliga organisationer behandlas uppgifterna för att utföra en uppgift av allmänt intresse: att handlägga och dokumentera hur organisationen samverkar med idéburna organisationer.',
    'För idéburna organisationer och sociala företag behandlas uppgifterna på grund av ett berättigat intresse: att arbeta tillsammans i organisationen och kunna visa hur den kommit fram till sina beslut.',
    'Uppgifterna om inloggningar, misslyckade inloggningar och räknare behandlas för att skydda kontona, vilket är ett berättigat intresse för både dig och tjänsten.',
  ],
  sharingHeading: 'Vem som får del av uppgifterna',
  sharing: [
    'Bara medlemmarna i en organisation ser dess ärenden, och bara utifrån sina roller. Andra organisationer ser ingenting.',
    'samverka har ingen spårning, ingen statistik om besökare och ingen reklam, och hämtar inget från andra webbplatser. Mejl går via den e-postserver som den som driver tjänsten har valt, och loggar du in via din organisation sker det hos organisationens egen inloggning.',
  ],
  cookiesHeading: 'Kakor',
  cookiesLead:
    'samverka använder bara kakor som behövs för att tjänsten ska fungera och vara säker. De kan inte läsas av skript och skickas bara över säkra förbindelser. Därför behövs inget samtycke.',
  cookies: {
    session: (f) =>
      `Håller dig inloggad. Innehåller ett slumpmässigt id. Tas bort när du loggar ut och slutar gälla efter ${f.sessionIdleHours} timmar utan aktivitet.`,
    anonymous:
      'Ett slumpmässigt värde som skyddar formulären mot förfalskade förfrågningar (CSRF) innan du loggat in. Säger ingenting om vem du är.',
    oidc: (f) =>
      `Finns bara under en inloggning via din organisation, högst ${f.oidcFlowMinutes} minuter, och kopplar svaret till din webbläsare.`,
  },
  cookieColumns: { name: 'Kaka', purpose: 'Syfte' },
  rightsHeading: 'Dina rättigheter',
  rights: [
    'Du kan när som helst ladda ner allt samverka sparar om dig, som en fil.',
    'Du kan ändra ditt namn på kontosidan. Vill du ändra e-postadressen, kontakta den som driver tjänsten.',
    'Du kan radera ditt konto själv. Är du den enda ägaren av en organisation med andra medlemmar behöver du först göra någon annan till ägare.',
    'Du kan också invända mot behandlingen eller begära att den begränsas; kontakta då den som driver tjänsten eller din organisation.',
  ],
  exportLink: 'Ladda ner mina uppgifter',
  deleteLink: 'Radera mitt konto',
  afterDeletionHeading: 'Det här finns kvar när du raderat ditt konto',
  afterDeletion: [
    'Ärenden du skapat och anteckningar du skrivit finns kvar hos organisationen, utan uppgift om vem som skrev dem.',
    'Beslut du fattat behåller ditt namn. Namnet på den som beslutade är en del av beslutet, och organisationen kan behöva visa det, till exempel vid en granskning.',
    'Organisationens logg behåller vad som gjordes, men bara med ett id som inte längre kan kopplas till dig.',
  ],
  complaint:
    'Tycker du att dina personuppgifter behandlas fel kan du klaga hos Integritetsskyddsmyndigheten (IMY).',
};
