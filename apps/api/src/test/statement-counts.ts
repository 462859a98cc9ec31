import { randomBytes } from 'node:crypto';
import { DB_TOKEN, type Db } from '../database/database.js';
import type { QueryCounter } from '../database/query-counter.js';
import type { TestApp, TestGathering, TestPerson } from './test-app.js';

export const db = (t: TestApp) => t.app.get<Db>(DB_TOKEN);
export const code = () => randomBytes(12).toString('hex');
/** `make(0)`, `make(1)`… one after another. */
/** `person` has a place at `gathering`, coming for `networkIds`. */
export async function registeredFor(t: TestApp, person: TestPerson, gathering: TestGathering, networkIds: string[]): Promise<void> {
  const { id } = await t.build.registration(person, gathering);
  await db(t).updateTable('registrations').set({ representingNetworkIds: networkIds }).where('id', '=', id).execute();
}
export const times = async <T>(n: number, make: (i: number) => Promise<T>): Promise<T[]> => {
  const made: T[] = [];
  for (let i = 0; i < n; i++) made.push(await make(i));
  return made;
};

/**
 * A list read through GraphQL, built at several sizes: `build` makes `n`
 * items (and whatever each item shows), `lengths` says how long each list in
 * the answer came back, so a case cannot pass on an empty answer. What
 * `build` calls `hidden` (ids and names of what the viewer may not see)
 * must appear nowhere in the answer.
 */
export interface SizedList {
  name: string;
  query: string;
  build(t: TestApp, n: number): Promise<{ viewer: Pick<TestPerson, 'client'>; variables?: Record<string, unknown>; hidden?: string[] }>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case reads its own answer's shape
  lengths(data: any): number[];
}

/**
 * One list read by several people in turn (`signed out`: by nobody's
 * session), each a case of its own: loaders take different paths for
 * conveners, participants and strangers.
 */
export function readBy<R extends string>(
  readers: readonly (R | 'signed out')[],
  list: Omit<SizedList, 'build'> & {
    build(t: TestApp, n: number): Promise<{ readers: Record<R, Pick<TestPerson, 'client'>>; variables?: Record<string, unknown> }>;
  },
): SizedList[] {
  return readers.map((reader) => ({
    ...list,
    name: `${list.name}, as ${reader}`,
    async build(t, n) {
      const built = await list.build(t, n);
      return { viewer: reader === 'signed out' ? { client: t.client() } : built.readers[reader], variables: built.variables };
    },
  }));
}

export interface SizedCount {
  size: number;
  statements: number;
  lengths: number[];
  /** The hidden ids and names the answer held (none, or the loaders leak). */
  leaked: string[];
}

/**
 * The statements `list.query` takes at each size, each read once before it
 * is counted (the first request of a session reads the session once).
 */
export async function statementsBySize(t: TestApp, counter: QueryCounter, list: SizedList, sizes: number[]): Promise<SizedCount[]> {
  const counts: SizedCount[] = [];
  for (const size of sizes) {
    const { viewer, variables = {}, hidden = [] } = await list.build(t, size);
    await viewer.client.data(list.query, variables);
    // The fewest of three reads: work beside the request (a late directory notification on a
    // loaded machine) only ever adds statements, while a list that grows does so every time.
    const reads = [];
    for (let i = 0; i < 3; i++) reads.push(await counter.around(() => viewer.client.data(list.query, variables)));
    const { result } = reads[0];
    const statements = Math.min(...reads.map((r) => r.statements));
    const text = JSON.stringify(result);
    counts.push({ size, statements, lengths: list.lengths(result), leaked: hidden.filter((h) => text.includes(h)) });
  }
  return counts;
}

/** Every list came back at its size with nothing hidden in it, and every size took the statements the smallest took. */
export function expectFlat(counts: SizedCount[]): void {
  expect(counts.map((c) => ({ size: c.size, lengths: c.lengths, leaked: c.leaked }))).toEqual(
    counts.map((c) => ({ size: c.size, lengths: c.lengths.map(() => c.size), leaked: [] })),
  );
  const bySize = Object.fromEntries(counts.map((c) => [c.size, c.statements]));
  expect(bySize).toEqual(Object.fromEntries(counts.map((c) => [c.size, counts[0].statements])));
  expect(counts[0].statements).toBeGreaterThan(0); // the counter sees the statements
}
