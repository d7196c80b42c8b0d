// The command line: wires the process to runCli.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { text } from 'node:stream/consumers';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pkg from '../../package.json';
import type { CliIo, OperationsModule } from './cli-io';
import { runCli } from './run-cli';

/** The address of a bundle beside this one in dist/. */
function besideThis(file: string): string {
  const path = join(dirname(fileURLToPath(import.meta.url)), file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build`);
  return pathToFileURL(path).href;
}

const io: CliIo = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  readStdin: () => text(process.stdin),
  readFile: (path) => readFile(path, 'utf8'),
  stdinStream: () => process.stdin,
  stdoutStream: () => process.stdout,
  // `serve` loads the application bundle beside this one (dist/main.js, the entry of `npm start`)
  // only when asked: bundled into the command line, its server and database packages would be
  // loaded by every `assess` too.
  startServer: async () => {
    await import(besideThis('main.js'));
  },
  // The operator's commands are a bundle of their own (dist/operations.js) for the same reason.
  loadOperations: async () => (await import(besideThis('operations.js'))) as OperationsModule,
  env: process.env,
  now: () => new Date(),
  version: pkg.version,
};

process.exitCode = await runCli(process.argv.slice(2), io);
