import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import {
  adjacencyOfPairs,
  buildAdjacency,
  computeGraphMetrics,
  sampledBetweenness,
  seededRandom,
  type MetricsEdge,
} from '../graph-metrics.js';

const exactBetweenness = betweennessModule as unknown as typeof betweennessModule.default;

const edge = (source: string, target: string): MetricsEdge => ({ source, target });
const pick = <K extends 'degree' | 'betweenness' | 'isBridge' | 'cluster'>(metrics: ReturnType<typeof computeGraphMetrics>, key: K) =>
  Object.fromEntries([...metrics.nodes].map(([id, m]) => [id, m[key]]));

/** Two cliques of `size` joined only through one extra node, tied to two members of each. */
function twoCliquesAndABridge(size: number, prefix = '') {
  const nodes: string[] = [];
  const edges: MetricsEdge[] = [];
  for (const side of ['a', 'b']) {
    const members = Array.from({ length: size }, (_, i) => `${prefix}${side}${i}`);
    nodes.push(...members);
    members.forEach((m, i) => members.slice(i + 1).forEach((other) => edges.push(edge(m, other))));
  }
  nodes.push(`${prefix}bridge`);
  for (const member of ['a0', 'a1', 'b0', 'b1']) edges.push(edge(`${prefix}${member}`, `${prefix}bridge`));
  return { nodes, edges };
}

describe('computeGraphMetrics', () => {
  it('measures a path: degree, normalised betweenness, and the middle as the bridge', () => {
    const metrics = computeGraphMetrics(['a', 'b', 'c', 'd', 'e'], [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('d', 'e')]);
    expect(pick(metrics, 'degree')).toEqual({ a: 1, b: 2, c: 2, d: 2, e: 1 });
    // c lies on 4 of the 6 shortest paths between the other pairs; b and d on 3.
    expect(pick(metrics, 'betweenness')).toEqual({ a: 0, b: 0.5, c: 4 / 6, d: 0.5, e: 0 });
    expect(pick(metrics, 'isBridge')).toEqual({ a: false, b: false, c: true, d: false, e: false });
    expect(metrics.betweennessEstimated).toBe(false);
  });

  it('treats ties as undirected and counts a pair tied both ways once', () => {
    const metrics = computeGraphMetrics(['a', 'b', 'c'], [edge('a', 'b'), edge('b', 'a'), edge('c', 'b')]);
    expect(pick(metrics, 'degree')).toEqual({ a: 1, b: 2, c: 1 });
    expect(pick(metrics, 'betweenness')).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('ignores ties to networks not in the graph, and self-ties', () => {
    const metrics = computeGraphMetrics(['a', 'b'], [edge('a', 'b'), edge('a', 'hidden'), edge('hidden', 'b'), edge('a', 'a')]);
    expect(pick(metrics, 'degree')).toEqual({ a: 1, b: 1 });
    expect([...metrics.nodes.keys()]).toEqual(['a', 'b']);
  });

  it('finds the bridge between two clusters: highest betweenness, the only bridge, clusters apart', () => {
    const { nodes, edges } = twoCliquesAndABridge(5);
    const metrics = computeGraphMetrics(nodes, edges);
    const betweenness = pick(metrics, 'betweenness');
    const top = Object.entries(betweenness).sort((x, y) => y[1] - x[1]);
    expect(top[0][0]).toBe('bridge');
    // 5 × 5 pairs across, out of 10 × 9 / 2 pairs of other nodes.
    expect(betweenness.bridge).toBeCloseTo(25 / 45);
    expect(Object.entries(pick(metrics, 'isBridge')).filter(([, isBridge]) => isBridge)).toEqual([['bridge', true]]);

    const cluster = pick(metrics, 'cluster');
    expect(new Set(['a0', 'a1', 'a2', 'a3', 'a4'].map((id) => cluster[id])).size).toBe(1);
    expect(new Set(['b0', 'b1', 'b2', 'b3', 'b4'].map((id) => cluster[id])).size).toBe(1);
    expect(cluster.a0).not.toBe(cluster.b0);
  });

  it('counts as bridges the top 10% by betweenness above the average, ties at the cut-off included', () => {
    // A star: only the centre lies between others.
    const star = computeGraphMetrics(['hub', 'x', 'y', 'z'], [edge('x', 'hub'), edge('y', 'hub'), edge('z', 'hub')]);
    expect(pick(star, 'isBridge')).toEqual({ hub: true, x: false, y: false, z: false });
    // Two hubs tied equally: both count.
    const twins = computeGraphMetrics(
      ['h1', 'h2', 'x', 'y', 'z'],
      [edge('h1', 'h2'), edge('x', 'h1'), edge('x', 'h2'), edge('y', 'h1'), edge('z', 'h2')],
    );
    expect(pick(twins, 'isBridge')).toEqual({ h1: true, h2: true, x: false, y: false, z: false });
    // A ring: everyone is equally between, so nobody stands out as a bridge.
    const ring = computeGraphMetrics(['p', 'q', 'r', 's'], [edge('p', 'q'), edge('q', 'r'), edge('r', 's'), edge('s', 'p')]);
    expect(Object.values(pick(ring, 'isBridge'))).toEqual([false, false, false, false]);
    // A clique: nobody is between anybody.
    const clique = computeGraphMetrics(['p', 'q', 'r'], [edge('p', 'q'), edge('q', 'r'), edge('r', 'p')]);
    expect(Object.values(pick(clique, 'isBridge'))).toEqual([false, false, false]);
  });

  it('handles empty graphs and lone networks', () => {
    expect(computeGraphMetrics([], []).nodes.size).toBe(0);
    expect(computeGraphMetrics(['solo'], []).nodes.get('solo')).toEqual({ degree: 0, betweenness: 0, isBridge: false, cluster: 0 });
    const pairs = computeGraphMetrics(['a', 'b', 'c', 'd', 'lone'], [edge('a', 'b'), edge('c', 'd')]);
    const cluster = pick(pairs, 'cluster');
    expect(cluster.a).toBe(cluster.b);
    expect(new Set(Object.values(cluster)).size).toBe(3);
    expect(cluster.lone).toBe(2); // singletons come after larger communities
  });

  it('gives the same clusters every time', () => {
    const { nodes, edges } = twoCliquesAndABridge(6);
    expect(pick(computeGraphMetrics(nodes, edges), 'cluster')).toEqual(pick(computeGraphMetrics([...nodes].reverse(), edges), 'cluster'));
  });
});

describe('sampled betweenness (large graphs)', () => {
  function randomEdges(n: number, m: number, seed: number) {
    const rng = seededRandom(seed);
    const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
    const edges = Array.from({ length: m }, () => edge(nodes[Math.floor(rng() * n)], nodes[Math.floor(rng() * n)]));
    return { nodes, edges };
  }

  it('equals the exact (graphology-metrics) result when every node is a source', () => {
    const { nodes, edges } = randomEdges(120, 300, 3);
    const graph = new UndirectedGraph();
    nodes.forEach((id) => graph.addNode(id));
    edges.forEach((e) => e.source !== e.target && graph.mergeEdge(e.source, e.target));
    const exact = exactBetweenness(graph, { normalized: true, getEdgeWeight: null });

    const adjacency = buildAdjacency(nodes, edges);
    const sampled = sampledBetweenness(adjacency, nodes.length, seededRandom(1));
    adjacency.ids.forEach((id, i) => expect(sampled[i]).toBeCloseTo(exact[id], 12));
  });

  it('is used above the exact limit, is repeatable, and still finds the bridge', () => {
    const { nodes, edges } = twoCliquesAndABridge(30);
    const options = { exactLimit: 20, samples: 15 };
    const first = computeGraphMetrics(nodes, edges, options);
    expect(first.betweennessEstimated).toBe(true);
    expect(pick(first, 'betweenness')).toEqual(
      pick(computeGraphMetrics([...nodes].reverse(), [...edges].reverse(), options), 'betweenness'),
    );
    expect(first.nodes.get('bridge')!.isBridge).toBe(true);
    const top = [...first.nodes].sort((x, y) => y[1].betweenness - x[1].betweenness)[0][0];
    expect(top).toBe('bridge');
  });
});

describe('adjacencyOfPairs (ties given as indices)', () => {
  it('is the adjacency buildAdjacency makes from the same ties by id, dropping unknown ends, self-ties and repeats', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const edges: MetricsEdge[] = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'a' },
      { source: 'c', target: 'b' },
      { source: 'd', target: 'd' },
      { source: 'd', target: 'x' },
    ];
    const fromIds = buildAdjacency(ids, edges);
    const fromPairs = adjacencyOfPairs(ids, Int32Array.from([0, 1, 1, 0, 2, 1, 3, 3, 3, -1]));
    expect([...fromPairs.offsets]).toEqual([...fromIds.offsets]);
    expect([...fromPairs.neighbours]).toEqual([...fromIds.neighbours]);
    expect([...fromPairs.offsets]).toEqual([0, 1, 3, 4, 4]);
  });
});
