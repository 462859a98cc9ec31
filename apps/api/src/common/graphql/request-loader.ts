import DataLoader from 'dataloader';
import type { RequestContext } from '../access/request-context.js';

const loaders = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A DataLoader that lives for one request (one GraphQL context), so field
 * resolvers batch their reads across every parent in the response instead of
 * querying once per parent. `name` must be unique per kind of load.
 */
export function requestLoader<K, V>(ctx: RequestContext, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let perRequest = loaders.get(ctx);
  if (!perRequest) loaders.set(ctx, (perRequest = new Map()));
  let loader = perRequest.get(name);
  if (!loader) perRequest.set(name, (loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>));
  return loader as DataLoader<K, V>;
}

/** Groups rows by key in the order of `keys`, for DataLoader batch functions. */
export function groupByKeys<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}
