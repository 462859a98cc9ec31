import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ProbeModule } from '../../test/probe/probe.module.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

function subscribe(t: TestApp, cookie: string, query: string): Promise<{ values: unknown[]; error?: unknown }> {
  const client = createClient({
    url: `${t.baseUrl.replace('http', 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    },
    retryAttempts: 0,
  });
  const values: unknown[] = [];
  return new Promise((resolve) => {
    client.subscribe(
      { query },
      {
        next: (value) => values.push(value),
        error: (error) => void Promise.resolve(client.dispose()).then(() => resolve({ values, error })),
        complete: () => void Promise.resolve(client.dispose()).then(() => resolve({ values })),
      },
    );
  });
}

describe('subscriptions over graphql-ws on /graphql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ extraModules: [ProbeModule] });
  });
  afterAll(() => t.close());

  it('knows who is subscribing from the session cookie', async () => {
    const person = await t.newPerson();
    const { values, error } = await subscribe(t, person.client.cookieHeader, 'subscription { probeGreetings }');
    expect(error).toBeUndefined();
    expect(values).toEqual([1, 2, 3].map((i) => ({ data: { probeGreetings: `hello ${person.id} #${i}` } })));
  });

  it('refuses a signed-out subscriber with UNAUTHENTICATED', async () => {
    const { values } = await subscribe(t, '', 'subscription { probeGreetings }');
    expect(values).toEqual([
      expect.objectContaining({ errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED', reason: 'SignInRequired' } })] }),
    ]);
  });

  describe('the Origin of the page opening the websocket', () => {
    /** A raw websocket upgrade as a browser on `origin` would send it (with the visitor's cookie): its HTTP answer. */
    const upgrade = (origin: string | undefined, cookie: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const ws = new WebSocket(`${t.baseUrl.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
          ...(origin === undefined ? {} : { origin }),
          headers: { cookie },
        });
        ws.on('open', () => {
          ws.close();
          resolve({ status: 101, body: '' });
        });
        ws.on('unexpected-response', (_req, res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        ws.on('error', (error) => {
          if (!String(error.message).includes('Unexpected server response')) reject(error);
        });
      });

    it('refuses another site at the upgrade, with 403 and a code, even with a signed-in visitor’s cookie', async () => {
      const person = await t.newPerson();
      for (const origin of ['https://evil.example', 'http://localhost:3000.evil.example', 'null', 'http://localhost:3001']) {
        const refused = await upgrade(origin, person.client.cookieHeader);
        expect({ origin, status: refused.status }).toEqual({ origin, status: 403 });
        expect(JSON.parse(refused.body)).toEqual({
          errors: [{ message: 'This live connection may only be opened from Weave itself.', extensions: { code: 'FORBIDDEN' } }],
        });
      }
    });

    it('accepts Weave’s own origin (PUBLIC_URL’s, and Vite’s in development), and clients that send none', async () => {
      const person = await t.newPerson();
      // PUBLIC_URL is http://localhost:3000 in tests.
      for (const origin of ['http://localhost:3000', 'http://localhost:5173', undefined]) {
        expect({ origin, status: (await upgrade(origin, person.client.cookieHeader)).status }).toEqual({ origin, status: 101 });
      }
    });
  });
});
