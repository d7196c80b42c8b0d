// `npm start`: reads the environment, starts samverka, and stops it cleanly on SIGINT/SIGTERM
// (so that the data folder's lock is released).
import { appConfigFromEnv } from './app/app-config';
import { startApp, type RunningApp } from './app/start-app';
import { loadContentLibrary, searchDocumentsOf } from './content/index';

async function main(): Promise<void> {
  let app: RunningApp;
  try {
    const config = appConfigFromEnv(process.env);
    app = await startApp(config, {
      logger: { level: config.logLevel },
      searchDocuments: () => searchDocumentsOf(loadContentLibrary()),
    });
  } catch (error) {
    process.stderr.write(`samverka could not start: ${describe(error)}\n`);
    process.exitCode = 1;
    return;
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl-C means now.
      process.exit(130);
    }
    stopping = true;
    app.server.log.info(`${signal} received, shutting down`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`samverka did not shut down cleanly: ${describe(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

await main();
