import { loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('has defaults that run locally with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      isProduction: false,
      trustProxy: false,
      cookieSecure: false,
    });
    expect(config.embeddedDataDir).toMatch(/\.data[/\\]postgres$/);
  });

  it('reads the environment', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://x/y',
      NODE_ENV: 'production',
      TRUST_PROXY: '1',
      COOKIE_SECURE: 'true',
    });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://x/y', isProduction: true, trustProxy: 1, cookieSecure: true });
  });

  it('lets only PUBLIC_URL’s origin open the websocket in production, and the local dev servers too in development', () => {
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://weave.example.org/' }).allowedOrigins).toEqual([
      'https://weave.example.org',
    ]);
    expect(loadConfig({ PORT: '3100' }).allowedOrigins).toEqual([
      'http://localhost:3100',
      'http://127.0.0.1:3100',
      'http://localhost:5173',
      'http://127.0.0.1:5173',
      'http://localhost:4173',
      'http://127.0.0.1:4173',
    ]);
  });

  it('sends the session cookie with Secure exactly when PUBLIC_URL is https, unless COOKIE_SECURE says otherwise', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://weave.example.org' }).cookieSecure).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'http://weave.example.org' }).cookieSecure).toBe(false);
    expect(loadConfig({ PUBLIC_URL: 'https://weave.example.org', COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
  });

  it('logs for a person at a terminal in development, and as JSON in production, in pipes and when asked', () => {
    expect(loadConfig({}, true).logFormat).toBe('pretty');
    expect(loadConfig({}, false).logFormat).toBe('json');
    expect(loadConfig({ NODE_ENV: 'production' }, true).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'json' }, true).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'pretty', NODE_ENV: 'production' }, false).logFormat).toBe('pretty');
    expect(() => loadConfig({ LOG_FORMAT: 'fancy' })).toThrow('LOG_FORMAT must be json or pretty, not "fancy".');
  });

  it('says which variable is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow('PORT must be a whole number, got "eighty"');
  });
});
