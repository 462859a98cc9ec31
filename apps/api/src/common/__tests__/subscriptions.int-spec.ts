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
});
