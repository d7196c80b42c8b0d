import type { CliMessages } from './cli-messages';

const sekFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** The command line in Swedish. */
export const sv: CliMessages = {
  usage: (version) => `samverka ${version} — vilka samverkansformer reglerna tillåter

Användning:
  samverka assess FIL|-   bedöm ett ärende (JSON enligt case v1; - läser standard in)
      --lang sv|en          språk för texterna (standard: sv)
      --format json|text    utdata som JSON (standard) eller som text
      --explain             ta med spåret: regel, källa, indata och utfall
  samverka rules          regeluppsättningar och daterade värden med giltighet och källor
      --format text|json    tabell (standard) eller JSON
  samverka serve          starta webbapplikationen och API:t (PORT, DATABASE_URL, SAMVERKA_DATA_DIR)
  samverka --help         den här texten
  samverka --version      versionen

Felaktig indata ger slutstatus 2 och en rad per problem på standard fel.`,
  missingCommand: 'ange ett kommando: assess, rules eller serve',
  unknownCommand: (c) => `okänt kommando: ${c}`,
  unknownOption: (o) => `okänd flagga: ${o}`,
  missingValue: (o) => `${o} behöver ett värde`,
  badValue: (o, v, allowed) => `${o}: ska vara en av ${allowed.join(', ')} (inte "${v}")`,
  missingFile: 'ange en fil med ett ärende, eller - för standard in',
  extraArgument: (a) => `oväntat argument: ${a}`,
  cannotRead: (file, reason) => `kan inte läsa ${file}: ${reason}`,
  internalError: (m) => `internt fel: ${m}`,
  text: {
    heading: (asOf) => `Bedömning för ett ärende som påbörjas ${asOf}`,
    ruleSet: 'Regeluppsättning',
    act: 'Lag',
    bilaga2: 'Tjänst enligt bilaga 2',
    threshold: 'Tröskelvärde',
    directAwardLimit: 'Direktupphandlingsgräns',
    aboveThreshold: 'Över tröskelvärdet',
    procedures: 'Förfaranden',
    yes: 'ja',
    no: 'nej',
    unknown: 'okänt',
    missingSek: (eur) => `beloppet i kronor saknas (${eur} euro)`,
    sek: (amount) => `${sekFormat.format(amount)} kr`,
    verdicts: {
      allowed: 'tillåten',
      'allowed-if': 'tillåten om villkoren uppfylls',
      'not-allowed': 'inte tillåten',
      undetermined: 'kan inte avgöras ännu',
    },
    reasons: 'Skäl',
    conditions: 'Villkor',
    risks: 'Risker',
    questions: 'Frågor som kan ändra bedömningen',
    noQuestions: 'Inga öppna frågor.',
    unverified: 'Inte verifierat',
    trace: 'Spår',
    traceInputs: 'indata',
    traceOutcome: 'utfall',
    open: 'tills vidare',
  },
  rules: {
    ruleSets: 'Regeluppsättningar',
    values: 'Daterade värden',
    id: 'id',
    label: 'benämning',
    validFrom: 'gäller från',
    validTo: 'gäller till',
    value: 'värde',
    sources: 'källor',
    verified: 'underlag',
    notes: 'Anmärkningar',
    verifiedOn: 'kontrollerad',
  },
};
