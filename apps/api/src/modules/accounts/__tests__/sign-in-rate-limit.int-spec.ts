import { loadConfig } from '../../../config/app-config.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { id } }';

describe('sign-in rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Behind a trusted proxy, X-Forwarded-For gives each test its own client address.
    t = await createTestApp({
      config: {
        trustProxy: true,
        signInLimit: { ...loadConfig({ NODE_ENV: 'test' }).signInLimit, perIpPerMinute: 5, perEmailPerFifteenMinutes: 3 },
      },
    });
  });
  afterAll(() => t.close());

  it('stops one IP guessing one email after 3 failures, even with the right password, and says how long to wait', async () => {
    const person = await t.newPerson();
    const from = () => t.client({ 'x-forwarded-for': '198.51.100.9' });
    for (let i = 0; i < 3; i++) {
      expect((await from().error(SIGN_IN, { input: { email: person.email, password: `guess number ${i}` } })).code).toBe('UNAUTHENTICATED');
    }
    const limited = await from().error(SIGN_IN, { input: { email: person.email.toUpperCase(), password: person.password } });
    expect(limited.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.message).toMatch(/wait \d+ (minutes|seconds)/);
    expect(limited.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('limits attempts per IP address across emails', async () => {
    const client = t.client({ 'x-forwarded-for': '192.0.2.7' });
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      codes.push((await client.error(SIGN_IN, { input: { email: `someone${i}@example.org`, password: 'whatever password' } })).code);
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes[5]).toBe('TOO_MANY_REQUESTS');
  });
});
