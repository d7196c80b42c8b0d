// The application's settings, read from the environment once, at start.
import { databaseConfigFromEnv, type DatabaseConfig } from '../db/open-database';

/** Everything the running application is configured with. */
export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  logLevel: string;
}

/** Thrown for a setting that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The port when PORT is not set. */
export const DEFAULT_PORT = 3000;
/**
 * The address when HOST is not set: this machine only. A container or server that should be
 * reached from outside sets HOST=0.0.0.0 (or ::) explicitly.
 */
export const DEFAULT_HOST = '127.0.0.1';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads PORT, HOST, DATABASE_URL, SAMVERKA_DATA_DIR and LOG_LEVEL. */
export function appConfigFromEnv(env: NodeJS.ProcessEnv): AppConfig {
  return {
    port: parsePort(env.PORT),
    host: env.HOST?.trim() || DEFAULT_HOST,
    database: databaseConfigFromEnv(env),
    logLevel: parseLogLevel(env.LOG_LEVEL),
  };
}

function parsePort(value: string | undefined): number {
  const text = value?.trim();
  if (!text) return DEFAULT_PORT;
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, not "${text}".`);
  }
  return port;
}

function parseLogLevel(value: string | undefined): string {
  const text = value?.trim().toLowerCase();
  if (!text) return 'info';
  if (!LOG_LEVELS.includes(text)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${text}".`);
  }
  return text;
}
