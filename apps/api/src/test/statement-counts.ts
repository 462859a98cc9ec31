import type { QueryCounter } from '../database/query-counter.js';
import type { TestApp, TestPerson } from './test-app.js';

/**
 * A list read through GraphQL, built at several sizes: `build` makes `n`
 * items (and whatever each item shows), `lengths` says how long each list in
 * the answer came back, so a case cannot pass on an empty answer.
 */
export interface SizedList {
  name: string;
  query: string;
  build(t: TestApp, n: number): Promise<{ viewer: TestPerson; variables?: Record<string, unknown> }>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case reads its own answer's shape
  lengths(data: any): number[];
}

export interface SizedCount {
  size: number;
  statements: number;
  lengths: number[];
}

/**
 * The statements `list.query` takes at each size, each read once before it
 * is counted (the first request of a session reads the session once).
 */
export async function statementsBySize(t: TestApp, counter: QueryCounter, list: SizedList, sizes: number[]): Promise<SizedCount[]> {
  const counts: SizedCount[] = [];
  for (const size of sizes) {
    const { viewer, variables = {} } = await list.build(t, size);
    await viewer.client.data(list.query, variables);
    const { result, statements } = await counter.around(() => viewer.client.data(list.query, variables));
    counts.push({ size, statements, lengths: list.lengths(result) });
  }
  return counts;
}

/** Every list came back at its size, and every size took the statements the smallest took. */
export function expectFlat(counts: SizedCount[]): void {
  expect(counts.map((c) => ({ size: c.size, lengths: c.lengths }))).toEqual(
    counts.map((c) => ({ size: c.size, lengths: c.lengths.map(() => c.size) })),
  );
  const bySize = Object.fromEntries(counts.map((c) => [c.size, c.statements]));
  expect(bySize).toEqual(Object.fromEntries(counts.map((c) => [c.size, counts[0].statements])));
  expect(counts[0].statements).toBeGreaterThan(0); // the counter sees the statements
}
