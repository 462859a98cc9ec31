/** What `update` returns to end a stream cleanly (e.g. the subscriber may no longer read what it watches). */
export const END_OF_STREAM = Symbol('end of stream');

/**
 * A subscription's stream: `first` (already loaded, e.g. a snapshot), then
 * `update(signal)` for each of `signals`. The caller starts watching before
 * `first` is loaded, so nothing falls between. Closing it (the client
 * unsubscribes or disconnects) ends it at once, even while it waits for the
 * next signal, and calls `onClose`; so does `update` answering END_OF_STREAM
 * (the subscription completes, with no error).
 */
export function liveStream<S, T>(
  signals: AsyncIterableIterator<S>,
  first: () => Promise<T>,
  update: (signal: S) => Promise<T | typeof END_OF_STREAM>,
  onClose?: () => void,
): AsyncIterableIterator<T> {
  let sentFirst = false;
  let closed = false;
  const close = async (): Promise<IteratorResult<T>> => {
    if (!closed) {
      closed = true;
      onClose?.();
      await signals.return?.();
    }
    return { done: true, value: undefined };
  };
  return {
    async next(): Promise<IteratorResult<T>> {
      if (closed) return { done: true, value: undefined };
      if (!sentFirst) {
        sentFirst = true;
        return { done: false, value: await first() };
      }
      const signal = await signals.next();
      if (signal.done || closed) return close();
      const value = await update(signal.value);
      if (value === END_OF_STREAM || closed) return close();
      return { done: false, value };
    },
    return: close,
    async throw(error: unknown): Promise<IteratorResult<T>> {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * Signals for one topic of `local` until the iterator is returned, counted in `watchers` (topic → open
 * iterators) so a process only works for topics someone here is watching.
 */
export function watchTopic<S>(
  local: { asyncIterableIterator<T>(topic: string): AsyncIterableIterator<T> },
  watchers: Map<string, number>,
  topic: string,
): AsyncIterableIterator<S> {
  watchers.set(topic, (watchers.get(topic) ?? 0) + 1);
  const inner = local.asyncIterableIterator<S>(topic);
  let done = false;
  return {
    next: () => inner.next(),
    return: async () => {
      if (!done) {
        done = true;
        const left = (watchers.get(topic) ?? 1) - 1;
        if (left > 0) watchers.set(topic, left);
        else watchers.delete(topic);
      }
      return inner.return ? inner.return() : { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
