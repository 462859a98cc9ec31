import { createSourceEventStream, execute, print, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { PromiseOrValue } from 'graphql/jsutils/PromiseOrValue.js';

/**
 * Subscription events that are the same for everyone who receives them — say,
 * the sessions that just changed on a wall — are executed once per process for
 * each distinct subscription document and variables, and every subscriber is
 * sent that one result: a thousand people watching one wall cost one GraphQL
 * execution per change, not a thousand.
 *
 * Only events marked with `sameForEveryone` are shared; an event whose fields
 * depend on who is asking (what *you* starred) must not be marked.
 */
const sharedEvents = new WeakSet<object>();
const results = new WeakMap<object, Map<string, PromiseOrValue<ExecutionResult>>>();
const printed = new WeakMap<DocumentNode, string>();

export function sameForEveryone<T extends object>(event: T): T {
  sharedEvents.add(event);
  return event;
}

/** graphql-ws's `subscribe`: graphql-js's own, but each shared event is executed once per document and variables. */
export async function subscribeSharingEvents(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source;
  let text = printed.get(args.document);
  if (text === undefined) {
    text = print(args.document);
    printed.set(args.document, text);
  }
  const key = `${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}\n${text}`;
  const run = (payload: unknown) => execute({ ...args, rootValue: payload });
  return mapEvents(source, (payload) => {
    if (typeof payload !== 'object' || payload === null || !sharedEvents.has(payload)) return run(payload);
    let byQuery = results.get(payload);
    if (!byQuery) {
      byQuery = new Map();
      results.set(payload, byQuery);
    }
    let result = byQuery.get(key);
    if (!result) {
      result = run(payload);
      byQuery.set(key, result);
    }
    return result;
  });
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Maps a stream's events; returning or throwing ends the source at once (no generator: it could not end while waiting). */
function mapEvents<T>(source: AsyncIterable<unknown>, map: (event: unknown) => PromiseOrValue<T>): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const end = async (): Promise<IteratorResult<T>> => {
    await iterator.return?.();
    return { done: true, value: undefined };
  };
  return {
    async next() {
      const event = await iterator.next();
      return event.done ? { done: true, value: undefined } : { done: false, value: await map(event.value) };
    },
    return: end,
    async throw(error: unknown) {
      await end();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
