import type { TransferMessages } from './transfer-messages';

/** Katalogens import och export på kommandoraden, på svenska. */
export const transferSv: TransferMessages = {
  summaryHeading: (file, dryRun) =>
    dryRun ? `Provkörning av importen av ${file} (inget sparas):` : `Import av ${file}:`,
  encoding: (name) => `  teckenkodning: ${name}`,
  delimiter: (name) => `  avgränsare:    ${name}`,
  rowsRead: (n) => `  rader lästa:   ${n}`,
  created: (n) => `  nya:           ${n}`,
  updated: (n) => `  uppdaterade:   ${n}`,
  unchanged: (n) => `  oförändrade:   ${n}`,
  kept: (n) => `  behållna:      ${n}`,
  invalid: (n) => `  felaktiga:     ${n}`,
  dryRunNote: 'Ingenting har sparats. Kör utan --dry-run för att importera.',
  keptLine: (line, orgnr, reason) => `rad ${line}: ${orgnr} ${reason}`,
  problemLine: (line, column, message) =>
    column === '' ? `rad ${line}: ${message}` : `rad ${line}, kolumn ${column}: ${message}`,
  warningLine: (message) => `varning: ${message}`,
  refused: (file, reason) => `${file} importeras inte: ${reason}`,
  exported: (count, file) => `Aktörer exporterade till ${file}: ${count}`,
};
