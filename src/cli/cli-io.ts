import type { Readable, Writable } from 'node:stream';
import type { OperationCommand } from './parse-args';

/** The commands that work on the database, loaded only when one of them runs. */
export interface OperationsModule {
  runOperation(io: CliIo, command: OperationCommand): Promise<number>;
}

/** What the commands need from the outside world; `main.ts` wires it to the process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  readFile(path: string): Promise<string>;
  /** Standard input and output as streams of bytes (a backup through `-`, a password line). */
  stdinStream(): Readable;
  stdoutStream(): Writable;
  /** Starts the web application and API as `npm start` does; resolves once it listens. */
  startServer(): Promise<void>;
  /**
   * The operator's commands (org, user, outbox, backup, restore). They bring the database and
   * password hashing with them, which `assess` and `rules` should not have to load.
   */
  loadOperations(): Promise<OperationsModule>;
  /** The environment: DATABASE_URL and SAMVERKA_DATA_DIR choose the database as for `serve`. */
  env: NodeJS.ProcessEnv;
  now(): Date;
  version: string;
}

/** Exit statuses: 0 done, 1 an internal error, 2 bad input or a bad command line. */
export const EXIT = { ok: 0, internal: 1, usage: 2 } as const;
