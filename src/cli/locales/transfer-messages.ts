/** What `samverka import organisations` and `samverka export organisations` print. */
export interface TransferMessages {
  summaryHeading: (file: string, dryRun: boolean) => string;
  encoding: (name: string) => string;
  delimiter: (name: string) => string;
  rowsRead: (n: number) => string;
  created: (n: number) => string;
  updated: (n: number) => string;
  unchanged: (n: number) => string;
  kept: (n: number) => string;
  invalid: (n: number) => string;
  dryRunNote: string;
  keptLine: (line: number, orgnr: string, reason: string) => string;
  problemLine: (line: number, column: string, message: string) => string;
  warningLine: (message: string) => string;
  refused: (file: string, reason: string) => string;
  exported: (count: number, file: string) => string;
}
