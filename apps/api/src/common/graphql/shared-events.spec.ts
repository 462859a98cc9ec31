import { EventEmitter, on } from 'node:events';
import { buildSchema, parse, type ExecutionResult } from 'graphql';
import { sameForEveryone, subscribeSharingEvents } from './shared-events.js';

/** A subscription whose `count` field counts how often it is executed. */
function setUp() {
  const schema = buildSchema(`
    type Query { ok: Boolean }
    type Change { count: Int! label: String! }
    type Subscription { changes(topic: String!): Change! }
  `);
  const events = new EventEmitter();
  let executions = 0;
  const rootValue = {
    changes: (args: { topic: string }): AsyncIterableIterator<unknown> => {
      // node's `on` yields each emit's arguments as an array: hand on the event itself.
      const source = on(events, args.topic);
      return {
        next: async () => {
          const r = await source.next();
          return r.done ? r : { done: false, value: (r.value as unknown[])[0] };
        },
        return: () => source.return!(),
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    },
  };
  const fieldResolver = (source: Record<string, unknown>, _args: unknown, _context: unknown, info: { fieldName: string }) => {
    if (info.fieldName === 'count') executions += 1;
    return source[info.fieldName];
  };
  const subscribe = async (query: string, topic = 'wall') => {
    const stream = await subscribeSharingEvents({
      schema,
      document: parse(query),
      rootValue,
      variableValues: { topic },
      fieldResolver: fieldResolver as never,
    });
    if (!(Symbol.asyncIterator in stream)) throw new Error(JSON.stringify(stream));
    return stream;
  };
  return { events, subscribe, executions: () => executions };
}

const FULL = 'subscription($topic: String!) { changes(topic: $topic) { count label } }';

describe('subscribeSharingEvents', () => {
  it('executes an event marked the same for everyone once for all subscribers of one document and variables', async () => {
    const { events, subscribe, executions } = setUp();
    const streams = await Promise.all([subscribe(FULL), subscribe(FULL), subscribe(FULL)]);
    const next = streams.map((s) => s.next());
    await new Promise((resolve) => setImmediate(resolve));
    events.emit('wall', sameForEveryone({ changes: { count: 1, label: 'shared' } }));
    const results = (await Promise.all(next)).map((r) => r.value as ExecutionResult);
    expect(results.map((r) => r.data)).toEqual(Array(3).fill({ changes: { count: 1, label: 'shared' } }));
    expect(executions()).toBe(1);
    await Promise.all(streams.map((s) => s.return?.()));
  });

  it('executes other events, other documents and other variables for each subscriber', async () => {
    const { events, subscribe, executions } = setUp();
    const [a, b] = [await subscribe(FULL), await subscribe(FULL)];
    const other = await subscribe('subscription($topic: String!) { changes(topic: $topic) { count } }');
    const elsewhere = await subscribe(FULL, 'room');
    let pending = [a.next(), b.next(), other.next()];
    await new Promise((resolve) => setImmediate(resolve));
    events.emit('wall', { changes: { count: 2, label: 'per subscriber' } });
    await Promise.all(pending);
    expect(executions()).toBe(3);

    pending = [a.next(), b.next(), other.next(), elsewhere.next()];
    await new Promise((resolve) => setImmediate(resolve));
    const shared = sameForEveryone({ changes: { count: 3, label: 'shared' } });
    events.emit('wall', shared);
    events.emit('room', shared);
    const results = await Promise.all(pending);
    // One execution for the two alike, one for the other document, one for the other variables.
    expect(executions()).toBe(6);
    expect((results[2].value as ExecutionResult).data).toEqual({ changes: { count: 3 } });
    await Promise.all([a, b, other, elsewhere].map((s) => s.return?.()));
  });

  it('ends its source at once when the subscriber leaves, even while waiting for an event', async () => {
    const { events, subscribe } = setUp();
    const stream = await subscribe(FULL);
    const waiting = stream.next();
    await new Promise((resolve) => setImmediate(resolve));
    expect(events.listenerCount('wall')).toBe(1);
    await stream.return?.();
    expect(events.listenerCount('wall')).toBe(0);
    void waiting.catch(() => undefined);
  });
});
