import type { CasesMessages } from './cases-messages';

/** Ärendesidornas texter på svenska. */
export const casesSv: CasesMessages = {
  errorPrefix: 'Fel:',
  summaryTitle: 'Det finns ett problem',
  unknownPerson: 'en API-nyckel eller ett borttaget konto',
  by: (when, who) => `${when} av ${who}`,
  list: {
    title: 'Ärenden',
    heading: 'Ärenden',
    lead: (org) =>
      `Ärenden som sparats i ${org}. Alla i organisationen ser dem, men ingen utanför den.`,
    filterLabel: 'Visa ärenden',
    open: 'Öppna',
    archived: 'Arkiverade',
    newCase: 'Nytt ärende:',
    newCaseLink: 'gå igenom vägledningen och spara resultatet',
    caption: (filter, total) => `${filter} ärenden (${total})`,
    columns: {
      title: 'Ärende',
      rules: 'Bedömt under reglerna',
      decision: 'Beslut',
      updated: 'Senast ändrat',
    },
    rulesOn: (asOf, id) => `den ${asOf} (${id})`,
    noDecision: 'Inget beslut ännu',
    archivedTag: 'Arkiverat',
    emptyOpen: 'Det finns inga öppna ärenden. Gå igenom vägledningen och spara resultatet.',
    emptyArchived: 'Det finns inga arkiverade ärenden.',
    pagination: {
      label: 'Sidor',
      previous: 'Föregående sida',
      next: 'Nästa sida',
      pageOf: (page, pages) => `Sida ${page} av ${pages}`,
    },
  },
  save: {
    heading: 'Spara ärendet',
    intro: (org) =>
      `Spara uppgifterna och bedömningen som ett ärende i ${org}, tillsammans med reglerna och beloppen den gjordes under. Då kan ni skriva anteckningar, registrera beslutet och senare se vad dagens regler säger.`,
    titleLabel: 'Ärendets namn',
    titleHint: 'Ett namn som kollegorna känner igen, högst 200 tecken.',
    button: 'Spara ärendet',
    signInToSave: 'Vill du spara ärendet och arbeta vidare med det i din organisation?',
    signInLink: 'Logga in för att spara',
    readerCannotSave:
      'Din roll i organisationen (läsare) kan inte spara ärenden. Be en ägare om rollen redaktör om du behöver det.',
    pageTitle: 'Spara ärendet',
    pageLead: (asOf, ruleSet) =>
      `Bedömningen gäller ett ärende som påbörjas ${asOf}, enligt ${ruleSet}.`,
    backToResult: 'Tillbaka till resultatet',
  },
  case: {
    title: (title) => `Ärende: ${title}`,
    archivedNotice:
      'Ärendet är arkiverat. Det går att läsa och hämta beslutsunderlaget, men inte ändra förrän det återupptas.',
    savedBy: 'Sparat',
    updated: 'Senast ändrat',
    version: 'Version',
    status: 'Status',
    statuses: { open: 'Öppet', archived: 'Arkiverat' },
    contents: 'Innehåll',
    done: {
      saved: 'Ärendet är sparat.',
      renamed: 'Ärendet har fått nytt namn.',
      noted: 'Anteckningen är sparad.',
      decided: 'Beslutet är registrerat.',
      archived: 'Ärendet är arkiverat.',
      restored: 'Ärendet är återupptaget.',
      reassessed: 'Omprövningen är sparad som ärendets senaste bedömning.',
      unchanged: 'Ärendet var redan så: inget har ändrats.',
    },
    inputKept:
      'Det du skrev finns kvar i formuläret nedan. Kontrollera det mot ärendet som det ser ut nu och skicka igen.',
    inputShown:
      'Det du skrev visas under rubriken ”Det du skrev” nedan, så att du kan kopiera det.',
    unsavedHeading: 'Det du skrev (inte sparat)',
    unsavedFields: {
      title: 'Namn',
      note: 'Anteckning',
      form: 'Samverkansform',
      motivation: 'Motivering',
    },
    archivedRefused:
      'Ärendet är arkiverat och kan inte ändras. Återuppta det först om du vill ändra det.',
    assessment: {
      heading: 'Den sparade bedömningen',
      lead: (when, asOf) => `Bedömningen gjordes ${when}, under reglerna som gäller den ${asOf}.`,
      reassessmentNote: (start) =>
        `Det är en omprövning: ärendets startdatum i uppgifterna är ${start}.`,
      untranslated:
        'Bedömningen visas på svenska, så som den sparades. samverkas regeldata har uppdaterats sedan dess, så den kan inte göras om på engelska med samma regler.',
      rulesCaption: 'Reglerna och beloppen bedömningen gjordes under',
      ruleSet: 'Regelverk',
      validity: (from, to) => (to === null ? `gäller från ${from}` : `gäller ${from}–${to}`),
      act: 'Lag',
      threshold: 'Tröskelvärde',
      directAwardLimit: 'Direktupphandlingsgräns',
      bilaga2: 'Tjänst enligt bilaga 2',
      aboveThreshold: 'Över tröskelvärdet',
      fingerprint: 'Regeldata (fingeravtryck)',
      verdictsHeading: 'Bedömningen för varje samverkansform',
      conditions: 'Villkor',
      reasons: 'Skäl',
      risks: 'Risker',
      sources: 'Lagrum:',
      openQuestions: (n) =>
        n === 0
          ? 'Inga frågor stod öppna.'
          : `${n} ${n === 1 ? 'fråga stod' : 'frågor stod'} öppna och kunde ändra bedömningen.`,
      openInGuide: 'Öppna uppgifterna i vägledningen (med dagens regler)',
      yes: 'Ja',
      no: 'Nej',
      unknown: 'Okänt',
    },
    today: {
      heading: 'Med dagens regler',
      lead: (date) =>
        `Så här blir bedömningen om samma uppgifter bedöms i dag (${date}) med samverkas nuvarande regeldata.`,
      rulesHeading: 'Det som har ändrats i reglerna',
      formsHeading: 'Samverkansformer med en annan bedömning',
      questionsHeading: 'Frågor',
      storeIntro:
        'Spara omprövningen som ärendets senaste bedömning. Den sparade bedömningen finns kvar i historiken.',
      storeButton: 'Spara omprövningen',
    },
    decision: {
      heading: 'Beslut',
      none: 'Inget beslut är registrerat.',
      current: 'Registrerat beslut',
      form: 'Vald samverkansform',
      motivation: 'Motivering',
      decidedBy: 'Beslutat',
      onAssessment: (when, asOf) =>
        `Beslutet fattades på bedömningen från ${when} (reglerna den ${asOf}).`,
      onEarlierAssessment: (when, asOf) =>
        `Beslutet fattades på en tidigare bedömning, från ${when} (reglerna den ${asOf}).`,
      earlier: 'Tidigare beslut',
      formLabel: 'Vald samverkansform',
      chooseForm: 'Välj samverkansform',
      formOption: (label, verdict) => `${label} (${verdict.toLowerCase()})`,
      motivationLabel: 'Motivering',
      motivationHint: 'Varför formen valdes, så att en granskare förstår beslutet.',
      button: 'Registrera beslutet',
      newDecisionIntro:
        'Beslutet registreras på den senaste sparade bedömningen, med ditt namn och tiden.',
    },
    notes: {
      heading: 'Anteckningar',
      none: 'Inga anteckningar ännu.',
      label: 'Ny anteckning',
      hint: 'Anteckningen sparas med ditt namn och tiden och kan inte ändras i efterhand.',
      button: 'Spara anteckningen',
    },
    facts: {
      heading: 'Uppgifter i ärendet',
      intro: 'Uppgifterna som sparades med ärendet.',
      question: 'Fråga',
      answer: 'Svar',
      none: 'Inga uppgifter utöver startdatumet.',
    },
    history: {
      heading: 'Alla bedömningar',
      caption: 'Ärendets bedömningar, den första först',
      made: 'Gjord',
      asOf: 'Reglerna den',
      ruleSet: 'Regelverk',
      fingerprint: 'Regeldata',
    },
    memo: {
      heading: 'Beslutsunderlag',
      intro:
        'Beslutsunderlaget görs av de sparade uppgifterna och den senaste sparade bedömningen, med det registrerade beslutet. Varje hämtning noteras i organisationens logg.',
      pdf: 'Hämta beslutsunderlaget som PDF',
      docx: 'Hämta beslutsunderlaget som Word-dokument (DOCX)',
      markdown: 'Hämta beslutsunderlaget som text (Markdown)',
    },
    manage: {
      heading: 'Namn och arkivering',
      titleLabel: 'Ärendets namn',
      renameButton: 'Byt namn',
      archiveIntro: 'Arkivera ärendet när det är avslutat. Det finns kvar och kan återupptas.',
      archiveButton: 'Arkivera ärendet',
      restoreIntro: 'Återuppta ärendet för att kunna ändra det igen.',
      restoreButton: 'Återuppta ärendet',
    },
    back: 'Alla ärenden',
  },
};
