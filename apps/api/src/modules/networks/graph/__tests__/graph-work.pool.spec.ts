import { adjacencyOfPairs, betweennessOf, computeGraphMetrics, seededRandom, type MetricsEdge } from '../graph-metrics.js';
import { GraphWorkPool } from '../graph-work.pool.js';

/** A seeded random map: `n` networks, about `ties` ties, above the exact-betweenness limit when n is. */
function randomMap(n: number, ties: number) {
  const rng = seededRandom(7);
  const ids = Array.from({ length: n }, (_, i) => `n${String(i).padStart(5, '0')}`);
  const ends = new Int32Array(ties * 2);
  for (let k = 0; k < ends.length; k++) ends[k] = Math.floor(rng() * n);
  return { ids, ends };
}

describe('GraphWorkPool', () => {
  const pool = new GraphWorkPool();
  afterAll(() => pool.onModuleDestroy());

  it('works out the same betweenness in a worker thread as on this one, exact and estimated', async () => {
    for (const [n, ties] of [
      [40, 90],
      [2000, 6000],
    ]) {
      const { ids, ends } = randomMap(n, ties);
      const here = betweennessOf(adjacencyOfPairs(ids, ends));
      const there = await pool.betweenness({ ids, ends });
      expect(there.estimated).toBe(n > 1500);
      expect(Array.from(there.values)).toEqual(Array.from(here.values));
      expect(here.values.some((v) => v > 0)).toBe(true);
    }
  });

  it('works out the same degree, bridges and clusters', async () => {
    const { ids, ends } = randomMap(60, 120);
    const edges: MetricsEdge[] = [];
    for (let e = 0; e < ends.length; e += 2) edges.push({ source: ids[ends[e]], target: ids[ends[e + 1]] });
    const there = await pool.metrics({ ids, edges });
    expect(there).toEqual(computeGraphMetrics(ids, edges));
    expect([...there.nodes.values()].some((m) => m.isBridge)).toBe(true);
  });

  it('leaves this thread free while it works, and runs several tasks at once', async () => {
    const { ids, ends } = randomMap(5000, 20000);
    const working = Promise.all([1, 2].map(() => pool.betweenness({ ids, ends })));
    // Work done on this thread would be finished before the next turn of the event loop; a worker's answer
    // arrives in a later turn, after this callback.
    let turned = false;
    setImmediate(() => (turned = true));
    const [first, second] = await working;
    expect(turned).toBe(true);
    expect(Array.from(second.values)).toEqual(Array.from(first.values));
  });
});
