import type { CliMessages } from './cli-messages';
import { operationsSv } from './operations-sv';
import { transferSv } from './transfer-sv';

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

Drift (i databasen som DATABASE_URL anger, annars den inbyggda i SAMVERKA_DATA_DIR):
  samverka org create     skapa en organisation med dess första ägare (förs in i dess logg)
      --name NAMN --orgnr NNNNNN-NNNN --kind public-body|ideburen|social-enterprise --owner E-POST
  samverka user create    skapa ett konto
      --email E-POST --name NAMN
      --org NNNNNN-NNNN --role owner|editor|reader   gör det också till medlem
      --password-stdin      läs lösenordet från en rad på standard in
                            (utan den hittas ett lösenord på och skrivs ut en gång)
  samverka user reset     ge ett konto ett nytt lösenord och avsluta alla dess inloggningar
      --email E-POST [--password-stdin]
  samverka outbox         breven som väntar på att skickas, det nyaste först (--limit N, standard 20)
  samverka backup FIL     skriv en säkerhetskopia (FIL.gz komprimeras; - skriver till standard ut)
  samverka restore FIL    återläs en säkerhetskopia till en tom databas (- läser standard in)
  samverka import organisations FIL.csv
                          läs in aktörer i katalogen (CSV: UTF-8 eller Windows-1252, ; eller ,),
                          uppdatera efter organisationsnummer; docs/directory-import.md
      --dry-run             kontrollera och räkna utan att spara
                            (slutstatus 1 om någon rad är felaktig; de riktiga raderna sparas ändå)
  samverka export organisations
                          skriv ut katalogens listade aktörer
      --format csv|json     CSV som importen läser (standard) eller JSON i Open Referral-form
      --output FIL          skriv till FIL i stället för standard ut

  samverka --help         den här texten
  samverka --version      versionen

Felaktig indata ger slutstatus 2 och en rad per problem på standard fel.`,
  missingCommand:
    'ange ett kommando: assess, rules, serve, org, user, outbox, backup, restore, import eller export',
  unknownCommand: (c) => `okänt kommando: ${c}`,
  missingSubcommand: (c, subs) =>
    `ange vad som ska göras: ${subs.map((s) => `samverka ${c} ${s}`).join(' eller ')}`,
  unknownOption: (o) => `okänd flagga: ${o}`,
  missingValue: (o) => `${o} behöver ett värde`,
  missingOptions: (options) =>
    options.length === 1
      ? `${options[0]} måste anges`
      : `${operationsSv.list(options).replace(/ eller ([^ ]+)$/, ' och $1')} måste anges`,
  optionNeeds: (o, other) => `${o} behöver också ${other}`,
  badValue: (o, v, allowed) => `${o}: ska vara en av ${allowed.join(', ')} (inte "${v}")`,
  badNumber: (o, v, min, max) => `${o}: ska vara ett heltal från ${min} till ${max} (inte "${v}")`,
  missingFile: (command) =>
    command === 'assess'
      ? 'ange en fil med ett ärende, eller - för standard in'
      : command === 'backup'
        ? 'ange filen som säkerhetskopian ska skrivas till, eller - för standard ut'
        : command === 'restore'
          ? 'ange säkerhetskopian som ska återläsas, eller - för standard in'
          : 'ange CSV-filen som ska importeras, eller - för standard in',
  extraArgument: (a) => `oväntat argument: ${a}`,
  cannotRead: (file, reason) => `kan inte läsa ${file}: ${reason}`,
  internalError: (m) => `internt fel: ${m}`,
  ops: operationsSv,
  transfer: transferSv,
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
