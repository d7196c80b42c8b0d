import { describe, expect, it } from 'vitest';
import { appConfigFromEnv, ConfigError } from './app-config';

describe('appConfigFromEnv', () => {
  it('has defaults for everything', () => {
    expect(appConfigFromEnv({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      database: { databaseUrl: undefined, dataDir: './data' },
      logLevel: 'info',
      mail: { smtpUrl: undefined, from: 'samverka <noreply@localhost>' },
      trustProxy: false,
      publicUrl: 'http://localhost:3000',
    });
  });

  it('reads every variable', () => {
    const config = appConfigFromEnv({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://u@db/samverka',
      SAMVERKA_DATA_DIR: '/var/lib/samverka',
      LOG_LEVEL: 'warn',
      SMTP_URL: 'smtps://kommun:hemligt@mail.exempel.se:465',
      MAIL_FROM: 'samverka <samverka@exempel.se>',
      TRUST_PROXY: 'true',
      PUBLIC_URL: 'https://samverka.malmo.se/',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      database: { databaseUrl: 'postgresql://u@db/samverka', dataDir: '/var/lib/samverka' },
      logLevel: 'warn',
      mail: {
        smtpUrl: 'smtps://kommun:hemligt@mail.exempel.se:465',
        from: 'samverka <samverka@exempel.se>',
      },
      trustProxy: true,
      publicUrl: 'https://samverka.malmo.se',
    });
  });

  it('refuses to start on an outside address without PUBLIC_URL, naming the variable', () => {
    expect(() => appConfigFromEnv({ HOST: '0.0.0.0' })).toThrow(
      'PUBLIC_URL must be set when HOST is 0.0.0.0',
    );
  });

  it.each([
    ['SMTP_URL', 'mail.exempel.se', 'SMTP_URL must be an address'],
    ['SMTP_URL', 'https://mail.exempel.se', 'SMTP_URL must begin with smtp:// or smtps://'],
    ['TRUST_PROXY', 'maybe', 'TRUST_PROXY must be true or false'],
    ['PUBLIC_URL', 'samverka.se', 'PUBLIC_URL must be an address'],
    ['PUBLIC_URL', 'ftp://samverka.se', 'PUBLIC_URL must begin with https:// or http://'],
  ])('refuses %s=%s, naming the variable', (name, value, message) => {
    expect(() => appConfigFromEnv({ [name]: value })).toThrow(message);
  });

  it('treats empty values as unset', () => {
    expect(appConfigFromEnv({ PORT: '', DATABASE_URL: ' ', SAMVERKA_DATA_DIR: '' })).toMatchObject({
      port: 3000,
      database: { databaseUrl: undefined, dataDir: './data' },
    });
  });

  it.each(['http', '-1', '65536', '3000.5', '1e3'])(
    'refuses PORT=%s, naming the variable',
    (port) => {
      expect(() => appConfigFromEnv({ PORT: port })).toThrow(ConfigError);
      expect(() => appConfigFromEnv({ PORT: port })).toThrow(`PORT must be a whole number`);
    },
  );

  it('refuses an unknown LOG_LEVEL, naming the variable', () => {
    expect(() => appConfigFromEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
  });
});
