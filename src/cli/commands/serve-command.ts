import { EXIT, type CliIo } from '../cli-io';

/**
 * `samverka serve`: the web application and API, started exactly as `npm start` starts them
 * (same configuration from the environment, same shutdown on SIGINT/SIGTERM). The server logs
 * the address it listens on.
 */
export async function serveCommand(io: CliIo): Promise<number> {
  await io.startServer();
  return EXIT.ok;
}
