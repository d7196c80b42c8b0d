import type { TransferMessages } from './transfer-messages';

/** The directory's import and export at the command line, in English. */
export const transferEn: TransferMessages = {
  summaryHeading: (file, dryRun) =>
    dryRun ? `Dry run of the import of ${file} (nothing is saved):` : `Import of ${file}:`,
  encoding: (name) => `  encoding:   ${name}`,
  delimiter: (name) => `  delimiter:  ${name}`,
  rowsRead: (n) => `  rows read:  ${n}`,
  created: (n) => `  created:    ${n}`,
  updated: (n) => `  updated:    ${n}`,
  unchanged: (n) => `  unchanged:  ${n}`,
  kept: (n) => `  kept:       ${n}`,
  invalid: (n) => `  invalid:    ${n}`,
  dryRunNote: 'Nothing was saved. Run without --dry-run to import.',
  keptLine: (line, orgnr, reason) => `line ${line}: ${orgnr} ${reason}`,
  problemLine: (line, column, message) =>
    column === '' ? `line ${line}: ${message}` : `line ${line}, column ${column}: ${message}`,
  warningLine: (message) => `warning: ${message}`,
  refused: (file, reason) => `${file} is not imported: ${reason}`,
  exported: (count, file) => `Organisations exported to ${file}: ${count}`,
};
