// The application's settings, read from the environment once, at start.
import { DEFAULT_MAIL_FROM, type MailConfig } from '../accounts/mailer';
import { databaseConfigFromEnv, type DatabaseConfig } from '../db/open-database';

/** Everything the running application is configured with. */
export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  logLevel: string;
  /** SMTP_URL and MAIL_FROM: where mail goes (the outbox table without SMTP_URL). */
  mail?: MailConfig;
  /**
   * TRUST_PROXY: true when a reverse proxy in front sets X-Forwarded-For, so that the client's
   * real address is used for sign-in throttling. Off by default: then the header is ignored, as
   * anyone could send it.
   */
  trustProxy?: boolean;
  /**
   * PUBLIC_URL: the address people reach samverka at (https://samverka.kommun.se). Links in mail
   * (password reset, invitations) and the address an identity provider returns to are built from
   * it, never from a request's Host header, which anyone can send. Required when HOST is not a
   * loopback address; on this machine only, it is http://localhost:PORT.
   */
  publicUrl?: string;
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

/**
 * Reads PORT, HOST, DATABASE_URL, SAMVERKA_DATA_DIR, LOG_LEVEL, SMTP_URL, MAIL_FROM, TRUST_PROXY
 * and PUBLIC_URL.
 */
export function appConfigFromEnv(env: NodeJS.ProcessEnv): AppConfig {
  const port = parsePort(env.PORT);
  const host = env.HOST?.trim() || DEFAULT_HOST;
  return {
    port,
    host,
    publicUrl: parsePublicUrl(env.PUBLIC_URL, host, port),
    database: databaseConfigFromEnv(env),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    mail: { smtpUrl: parseSmtpUrl(env.SMTP_URL), from: env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM },
    trustProxy: parseFlag('TRUST_PROXY', env.TRUST_PROXY),
  };
}

const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'];

function parsePublicUrl(value: string | undefined, host: string, port: number): string {
  const text = value?.trim();
  if (!text) {
    if (LOOPBACK_HOSTS.includes(host)) return `http://localhost:${port}`;
    throw new ConfigError(
      `PUBLIC_URL must be set when HOST is ${host}: the address people reach samverka at, e.g. https://samverka.kommun.se. Links in mail are built from it.`,
    );
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(
      `PUBLIC_URL must be an address like https://samverka.kommun.se, not "${text}".`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(
      `PUBLIC_URL must begin with https:// or http://, not "${url.protocol}//".`,
    );
  }
  return url.origin;
}

function parseSmtpUrl(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(
      'SMTP_URL must be an address like smtps://user:password@mail.example.se:465.',
    );
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError(`SMTP_URL must begin with smtp:// or smtps://, not "${url.protocol}//".`);
  }
  return text;
}

function parseFlag(name: string, value: string | undefined): boolean {
  const text = value?.trim().toLowerCase();
  if (!text || text === '0' || text === 'false') return false;
  if (text === '1' || text === 'true') return true;
  throw new ConfigError(`${name} must be true or false, not "${value}".`);
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
