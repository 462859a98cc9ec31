import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from './test-app.js';

export interface LiveSubscription<T> {
  values: T[];
  errors: unknown[];
  /** Resolves once the server completes the subscription (rejects after timeoutMs, or on an error). */
  completed(timeoutMs?: number): Promise<void>;
  /** Resolves with the first value (already received or still to come) that matches. */
  until(match: (value: T) => boolean, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

/** A graphql-ws subscription to a test app, as a browser would open it (with the session cookie). */
export function liveSubscription<T>(
  t: Pick<TestApp, 'baseUrl'>,
  cookie: string,
  query: string,
  variables: Record<string, unknown>,
): LiveSubscription<T> {
  const client: Client = createClient({
    url: `${t.baseUrl.replace('http', 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    },
    retryAttempts: 0,
  });
  const values: T[] = [];
  const errors: unknown[] = [];
  const waiters = new Set<() => void>();
  let complete = false;
  client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(value.errors);
        if (value.data) values.push(value.data as T);
        for (const wake of waiters) wake();
      },
      error: (error) => {
        errors.push(error);
        for (const wake of waiters) wake();
      },
      complete: () => {
        complete = true;
        for (const wake of waiters) wake();
      },
    },
  );
  return {
    values,
    errors,
    until(match, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = values.find(match);
          if (found !== undefined) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          } else if (errors.length > 0) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error(`subscription failed: ${JSON.stringify(errors)}`));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching update within ${timeoutMs} ms; got ${JSON.stringify(values).slice(0, 500)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    completed(timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!complete && errors.length === 0) return;
          waiters.delete(check);
          clearTimeout(timer);
          if (errors.length > 0) reject(new Error(`subscription failed: ${JSON.stringify(errors)}`));
          else resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`not completed within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: async () => {
      await client.dispose();
    },
  };
}
