import type { OperationMessages } from './operations-messages';

const number = new Intl.NumberFormat('sv-SE');

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} eller ${items.at(-1)}`;
}

/** Driftkommandona på svenska. */
export const operationsSv: OperationMessages = {
  list,
  kinds: {
    'public-body': 'offentlig organisation',
    ideburen: 'idéburen organisation',
    'social-enterprise': 'socialt företag',
  },
  roles: { owner: 'ägare', editor: 'redaktör', reader: 'läsare' },
  legalForms: {
    'ideell-forening': 'ideell förening',
    stiftelse: 'stiftelse',
    'ekonomisk-forening': 'ekonomisk förening',
    'svb-aktiebolag': 'aktiebolag med särskild vinstutdelningsbegränsning (svb)',
    aktiebolag: 'aktiebolag',
    trossamfund: 'registrerat trossamfund',
    other: 'annan juridisk form',
  },
  orgnrGroups: {
    dodsbo: 'dödsbon',
    'stat-region-kommun-forsamling': 'staten, regioner, kommuner och församlingar',
    'utlandskt-foretag': 'utländska företag',
    aktiebolag: 'aktiebolag',
    'enkelt-bolag': 'enkla bolag',
    'ekonomisk-forening': 'ekonomiska föreningar',
    'ideell-forening-stiftelse': 'ideella föreningar och stiftelser',
    'handelsbolag-kommanditbolag': 'handelsbolag och kommanditbolag',
  },
  databaseKinds: { pglite: 'den inbyggda databasen', postgresql: 'PostgreSQL' },

  dataFolderInUse: (folder, pid) =>
    `datamappen ${folder} används av process ${pid}. Den inbyggda databasen kan bara vara öppen i en process åt gången: stoppa samverka (serve) först, eller ange en annan mapp med SAMVERKA_DATA_DIR.`,
  cannotOpenDatabase: (reason) => `kan inte öppna databasen: ${reason}`,
  migrationMismatch: (version) =>
    `databasens migrering ${version} skiljer sig från den som följer med den här versionen av samverka. En tillämpad migrering får aldrig ändras.`,

  expectedCheckDigit: (digit) => `Den ska vara ${digit}.`,
  noAccount: (email) => `det finns inget konto för ${email}.`,
  createAccountFirst: (email) =>
    `Skapa kontot först: samverka user create --email ${email} --name "NAMN"`,
  orgnrTaken: (orgnr, name) => `${orgnr} är redan registrerat (${name}).`,
  noOrganisation: (orgnr) =>
    `ingen organisation har organisationsnumret ${orgnr}. Skapa den med samverka org create.`,
  emailTaken: (email) => `det finns redan ett konto för ${email}.`,

  organisationCreated: (name, orgnr, kind) =>
    `Organisationen är skapad: ${name} (${orgnr}), ${kind}.`,
  owner: (name, email) => `Ägare: ${name} <${email}>`,
  legalFormSuggested: (digit, group, forms) =>
    `Organisationsnumret börjar med ${digit} (${group}). Det tyder på ${forms}.`,
  legalFormNoSuggestion: (digit, group) =>
    `Organisationsnumret börjar med ${digit} (${group}). Det säger inget säkert om den juridiska formen.`,
  legalFormConfirm:
    'En ägare bekräftar den juridiska formen på sidan Organisationen (/organisation).',
  userCreated: (name, email) => `Kontot är skapat: ${name} <${email}>`,
  membershipAdded: (organisation, orgnr, role) =>
    `Medlem i ${organisation} (${orgnr}) som ${role}.`,
  passwordChanged: (name, email, ended) =>
    `Nytt lösenord för ${name} <${email}>. ${
      ended === 0
        ? 'Kontot var inte inloggat någonstans.'
        : ended === 1
          ? 'En inloggning avslutades.'
          : `${number.format(ended)} inloggningar avslutades.`
    }`,
  generatedPassword: (password) => `Lösenord: ${password}`,
  generatedPasswordAdvice:
    'Lösenordet visas bara nu. Lämna det till personen på ett säkert sätt och be hen byta det efter inloggningen (/konto/losenord).',

  outboxEmpty: 'Utkorgen är tom.',
  outboxHeading: (shown) =>
    shown === 1
      ? '1 brev i utkorgen:'
      : `${number.format(shown)} brev i utkorgen, det nyaste först:`,
  outboxTo: 'Till',
  outboxSubject: 'Ämne',
  outboxCreated: 'Skapat',
  outboxSent: (at) => `skickat ${at}`,
  outboxNotSent: 'inte skickat (ingen SMTP_URL): lämna innehållet vidare till mottagaren',

  backupWritten: (file, tables, rows, version, from) =>
    `Säkerhetskopian är skriven till ${file}: ${number.format(tables)} tabeller, ${number.format(rows)} rader, schemaversion ${version}, från ${from}.`,
  cannotWrite: (file, reason) => `kan inte skriva ${file}: ${reason}`,
  restored: (file, tables, rows, createdAt, version) =>
    `Återläst från ${file}: ${number.format(tables)} tabeller, ${number.format(rows)} rader (säkerhetskopia från ${createdAt}, samverka ${version}).`,
  restoreNotABackup: 'filen är ingen säkerhetskopia från samverka.',
  restoreFormatVersion: (found, supported) =>
    `säkerhetskopian har formatversion ${found}; den här versionen av samverka läser version ${supported}.`,
  restoreSchemaVersion: (backup, database, version) =>
    `säkerhetskopian har schemaversion ${backup}, databasen ${database}. Återläs den med samverka ${version}, som skrev den, och starta sedan den här versionen, som uppgraderar databasen.`,
  restoreSchemaDiffers: (version) =>
    `säkerhetskopians migreringar skiljer sig från databasens, fast båda har schemaversion ${version}.`,
  restoreNotEmpty: (tables) =>
    `databasen innehåller redan data (${tables.join(', ')}). Återläsning görs bara till en tom databas: ange en ny mapp med SAMVERKA_DATA_DIR eller en ny, tom PostgreSQL-databas med DATABASE_URL.`,
  restoreDamaged: (line, what) =>
    `säkerhetskopian är skadad${line === null ? '' : ` (rad ${line})`}: ${what}`,
  damage: {
    'not-json': () => 'raden är inte JSON.',
    'unexpected-line': () => 'raden är inte den som ska komma här.',
    'unknown-table': (d) => `tabellen ${d.table} finns inte i schemat, eller kommer två gånger.`,
    'columns-differ': (d) => `kolumnerna i ${d.table} är inte schemats.`,
    'row-columns': (d) => `en rad i ${d.table} har andra kolumner än tabellen.`,
    'row-count': (d) =>
      `${d.table} ska ha ${number.format(d.expected)} rader men filen tar slut efter ${number.format(d.found)}.`,
    'tables-missing': (d) => `tabeller saknas: ${d.tables.join(', ')}.`,
    'no-end': () => 'filen tar slut före sin slutrad; den är avkortad.',
    'after-end': () => 'det finns rader efter slutraden.',
    rejected: (d) => `databasen tog inte emot raderna i ${d.table}: ${d.reason}`,
    unreadable: (d) => `filen kan inte läsas: ${d.reason}`,
  },
  nothingChanged: 'Ingenting har ändrats i databasen.',
};
