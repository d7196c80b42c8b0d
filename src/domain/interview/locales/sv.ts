import type { InterviewMessages } from './interview-messages';

/** The interview in Swedish. */
export const sv: InterviewMessages = {
  yes: 'Ja',
  no: 'Nej',
  dontKnow: 'Vet inte',
  months: (n) => `${n} månader`,
  percent: (n) => `${n} %`,
  goals: {
    buy: 'Köpa en tjänst eller vara som vi själva beskriver',
    support: 'Stödja en organisations egen verksamhet',
    partner: 'Samarbeta i ett partnerskap där båda bidrar',
    choice: 'Låta brukarna välja utförare',
    unsure: 'Vi vet inte än',
  },
  goalHints: {
    buy: 'Till exempel städning, drift av ett boende eller utbildning enligt vår beskrivning.',
    support: 'Till exempel en förenings läxhjälp eller mötesplats som den själv driver.',
    partner:
      'Ett gemensamt mål för en samhällsutmaning, där organisationen också satsar egna resurser.',
    choice: 'Till exempel hemtjänst där den enskilde väljer bland godkända utförare.',
  },
  startDateUnknown: (today) =>
    `Startdatumet är okänt. Bedömningen gäller reglerna för en upphandling som påbörjas i dag, ${today}.`,
  errors: {
    chooseOne: 'Välj ett svar, eller Vet inte',
    enterDate: 'Ange datumet, eller välj Vet inte',
    dateParts: 'Datumet ska ha dag, månad och år i siffror, till exempel 1 3 2023',
    notADate: (text) => `${text} är inte ett datum som finns`,
    enterAmount: 'Ange beloppet i kronor, eller välj Vet inte',
    amountFormat: 'Beloppet ska vara hela kronor i siffror, till exempel 500 000',
    enterMonths: 'Ange antalet månader, eller välj Vet inte',
    monthsFormat: 'Antalet månader ska vara ett heltal från 0 till 600',
    enterShare: 'Ange andelen i procent, eller välj Vet inte',
    shareFormat: 'Andelen ska vara ett tal från 0 till 100, till exempel 35',
    chooseCpv: 'Sök och välj minst en tjänst, eller välj Vet inte',
    cpvNotFound: (code) => `${code} är inte en CPV-kod som finns`,
    enterText: 'Skriv ett svar, eller välj Vet inte',
    textTooLong: (max) => `Svaret får vara högst ${max} tecken`,
    notAnOption: (value) => `${value} är inte ett av svarsalternativen`,
  },
  changes: {
    directAwardOpensAt: (limit) =>
      `Direktupphandling blir möjlig om värdet, med tidigare köp av samma slag under räkenskapsåret, är högst ${limit}.`,
    directAwardClosesAbove: (limit) =>
      `Direktupphandling är inte längre möjlig om värdet, med tidigare köp av samma slag, överstiger ${limit}.`,
    directAwardUpTo: (limit) => `Direktupphandling är möjlig upp till ${limit}.`,
    directAwardLimitMissing: (eur) =>
      `Direktupphandlingsgränsen är motsvarigheten i kronor till ${eur}; beloppet i kronor är inte verifierat.`,
    thresholdReached: (threshold) =>
      `Värdet når tröskelvärdet ${threshold}: under det skulle de nationella reglerna i 19 kap. gälla i stället.`,
    thresholdNotReached: (threshold) =>
      `Om värdet når tröskelvärdet ${threshold} gäller EU-direktivets förfaranden.`,
    specialServicesThreshold: (threshold) =>
      `För sociala och andra särskilda tjänster krävs annonsering i EU:s databas när värdet når ${threshold}.`,
    nextRuleSet: (date, label) =>
      `Upphandlingar som påbörjas från och med ${date} följer andra regler: ${label}.`,
    missionDuration: (max) =>
      `Reservation enligt 19 kap. 25 § LOU blir möjlig med en avtalstid på högst ${max} månader.`,
    openQuestions: (n) =>
      n === 1
        ? 'En fråga är fortfarande öppen; svaret kan ändra bedömningen.'
        : `${n} frågor är fortfarande öppna; svaren kan ändra bedömningen.`,
  },
};
