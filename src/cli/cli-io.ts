/** What the commands need from the outside world; `main.ts` wires it to the process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  readFile(path: string): Promise<string>;
  /** Starts the web application and API as `npm start` does; resolves once it listens. */
  startServer(): Promise<void>;
  version: string;
}

/** Exit statuses: 0 done, 1 an internal error, 2 bad input or a bad command line. */
export const EXIT = { ok: 0, internal: 1, usage: 2 } as const;
