import { describe, expect, it } from 'vitest';
import { appConfigFromEnv, ConfigError } from './app-config';

describe('appConfigFromEnv', () => {
  it('has defaults for everything', () => {
    expect(appConfigFromEnv({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      database: { databaseUrl: undefined, dataDir: './data' },
      logLevel: 'info',
    });
  });

  it('reads every variable', () => {
    const config = appConfigFromEnv({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://u@db/samverka',
      SAMVERKA_DATA_DIR: '/var/lib/samverka',
      LOG_LEVEL: 'warn',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      database: { databaseUrl: 'postgresql://u@db/samverka', dataDir: '/var/lib/samverka' },
      logLevel: 'warn',
    });
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
