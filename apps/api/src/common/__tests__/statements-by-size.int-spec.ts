import { QueryCounter } from '../../database/query-counter.js';
import { expectFlat, statementsBySize } from '../../test/statement-counts.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { MIXED_VISIBILITY_LISTS } from './mixed-visibility-lists.js';
import { SIZED_LISTS } from './sized-lists.js';

// Every list a page reads — its items and each item's own lists — takes the
// same statements for 2 items as for 10 and 30 (issue 14 §4). The lists with
// tests of their own (the directory, myGatherings, registrations, posts…)
// are in their modules; the inventory is in sized-lists.ts. Pages mixing
// what the viewer may and may not see are in mixed-visibility-lists.ts.

describe('lists: statements do not grow with their size', () => {
  const counter = new QueryCounter();
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ queryLogger: counter });
  });
  afterAll(() => t.close());

  it.each(SIZED_LISTS.map((list) => [list.name, list] as const))(
    '%s',
    async (_name, list) => {
      expectFlat(await statementsBySize(t, counter, list, [2, 10, 30]));
    },
    120_000,
  );

  // Batched, each list still shows only what the per-item path showed.
  it.each(MIXED_VISIBILITY_LISTS.map((list) => [list.name, list] as const))(
    'mixed visibility — %s',
    async (_name, list) => {
      expectFlat(await statementsBySize(t, counter, list, [2, 10]));
    },
    120_000,
  );
});
