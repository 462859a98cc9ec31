import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
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

  it('lets a whole room sign in through one address: right passwords never use up its limit', async () => {
    const venue = () => t.client({ 'x-forwarded-for': '203.0.113.50' });
    for (let i = 0; i < 8; i++) {
      const person = await t.newPerson();
      expect(await venue().data(SIGN_IN, { input: { email: person.email, password: person.password } })).toEqual({
        signIn: { id: person.id },
      });
    }
    // Its failures still count: the sixth wrong guess from the hall is refused, whoever's address it tries.
    const codes: string[] = [];
    for (let i = 0; i < 6; i++)
      codes.push((await venue().error(SIGN_IN, { input: { email: `hall${i}@example.org`, password: 'wrong' } })).code);
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);
  });

  it('cuts off a burst of guesses sent at once from one address as it does one sent slowly', async () => {
    const from = () => t.client({ 'x-forwarded-for': '203.0.113.77' });
    const codes = await Promise.all(
      Array.from(
        { length: 20 },
        async (_, i) => (await from().error(SIGN_IN, { input: { email: `burst${i}@example.org`, password: 'wrong' } })).code,
      ),
    );
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(15);
  });

  it('limits failed attempts per IP address across emails', async () => {
    const client = t.client({ 'x-forwarded-for': '192.0.2.7' });
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      codes.push((await client.error(SIGN_IN, { input: { email: `someone${i}@example.org`, password: 'whatever password' } })).code);
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes[5]).toBe('TOO_MANY_REQUESTS');
  });
});

// Behind nginx a websocket's socket is nginx's; the client is in X-Forwarded-For, as for HTTP.
describe('sign-in rate limits over the websocket', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      config: { trustProxy: 1, signInLimit: { ...loadConfig({ NODE_ENV: 'test' }).signInLimit, perIpPerMinute: 3 } },
    });
  });
  afterAll(() => t.close());

  /** One signIn sent over graphql-ws (which runs mutations too), from `client` behind the proxy. */
  async function signInOverWebsocket(client: string, email: string): Promise<string | undefined> {
    const ws = createClient({
      url: `${t.baseUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { 'x-forwarded-for': client } });
        }
      },
      retryAttempts: 0,
    });
    try {
      const result = await new Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>((resolve, reject) => {
        ws.subscribe(
          { query: SIGN_IN, variables: { input: { email, password: 'not the password' } } },
          { next: resolve, error: reject, complete: () => undefined },
        );
      });
      return result.errors?.[0]?.extensions?.code as string | undefined;
    } finally {
      await ws.dispose();
    }
  }

  it('counts attempts over the websocket against the client the proxy names, not against the proxy', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) codes.push(await signInOverWebsocket('192.0.2.70', `ws${i}@example.org`));
    expect(codes).toEqual(Array(3).fill('UNAUTHENTICATED'));
    // The same client's fourth attempt, over HTTP, is over its limit…
    const http = await t.client({ 'x-forwarded-for': '192.0.2.70' }).error(SIGN_IN, { input: { email: 'ws9@example.org', password: 'x' } });
    expect(http.code).toBe('TOO_MANY_REQUESTS');
    // …while another client behind the same proxy is not held back by it.
    expect(await signInOverWebsocket('192.0.2.71', 'ws0@example.org')).toBe('UNAUTHENTICATED');
  });
});
