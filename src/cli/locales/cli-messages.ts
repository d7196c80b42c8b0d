import type { Verdict } from '../../rules';
import type { OperationMessages } from './operations-messages';
import type { TransferMessages } from './transfer-messages';

/** Every text the command line prints, in one language. */
export interface CliMessages {
  usage: (version: string) => string;
  missingCommand: string;
  unknownCommand: (command: string) => string;
  missingSubcommand: (command: string, subcommands: readonly string[]) => string;
  unknownOption: (option: string) => string;
  missingValue: (option: string) => string;
  missingOptions: (options: readonly string[]) => string;
  optionNeeds: (option: string, other: string) => string;
  badValue: (option: string, value: string, allowed: readonly string[]) => string;
  badNumber: (option: string, value: string, min: number, max: number) => string;
  missingFile: (command: 'assess' | 'backup' | 'restore' | 'import') => string;
  extraArgument: (argument: string) => string;
  cannotRead: (file: string, reason: string) => string;
  internalError: (message: string) => string;
  ops: OperationMessages;
  transfer: TransferMessages;
  text: {
    heading: (asOf: string) => string;
    ruleSet: string;
    act: string;
    bilaga2: string;
    threshold: string;
    directAwardLimit: string;
    aboveThreshold: string;
    procedures: string;
    yes: string;
    no: string;
    unknown: string;
    missingSek: (eur: string) => string;
    sek: (amount: number) => string;
    verdicts: Record<Verdict, string>;
    reasons: string;
    conditions: string;
    risks: string;
    questions: string;
    noQuestions: string;
    unverified: string;
    trace: string;
    traceInputs: string;
    traceOutcome: string;
    open: string;
  };
  rules: {
    ruleSets: string;
    values: string;
    id: string;
    label: string;
    validFrom: string;
    validTo: string;
    value: string;
    sources: string;
    verified: string;
    notes: string;
    verifiedOn: string;
  };
}
