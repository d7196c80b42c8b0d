// The command line: wires the process to runCli.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { text } from 'node:stream/consumers';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pkg from '../../package.json';
import type { CliIo } from './cli-io';
import { runCli } from './run-cli';

const io: CliIo = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  readStdin: () => text(process.stdin),
  readFile: (path) => readFile(path, 'utf8'),
  // `serve` loads the application bundle beside this one (dist/main.js, the entry of `npm start`)
  // only when asked: bundled into the command line, its server and database packages would be
  // loaded by every `assess` too.
  startServer: async () => {
    const app = join(dirname(fileURLToPath(import.meta.url)), 'main.js');
    if (!existsSync(app)) throw new Error(`${app} is missing: run npm run build`);
    await import(pathToFileURL(app).href);
  },
  version: pkg.version,
};

process.exitCode = await runCli(process.argv.slice(2), io);
