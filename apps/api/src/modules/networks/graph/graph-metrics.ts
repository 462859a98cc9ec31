import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';

// CommonJS packages whose types say `export default`: under nodenext the
// default import is module.exports itself, which is the function.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

export interface MetricsEdge {
  source: string;
  target: string;
}

export interface NodeMetrics {
  degree: number;
  betweenness: number;
  isBridge: boolean;
  cluster: number;
}

export interface GraphMetrics {
  nodes: Map<string, NodeMetrics>;
  /** True when betweenness was estimated from a sample of sources rather than computed exactly. */
  betweennessEstimated: boolean;
}

export interface MetricsOptions {
  /** Up to this many nodes, betweenness is exact (Brandes from every node). */
  exactLimit?: number;
  /** Above `exactLimit`, how many source nodes the estimate starts from. */
  samples?: number;
  /** Seed for the sample and for Louvain, so the same graph always gets the same answer. */
  seed?: number;
}

// Exact Brandes is O(nodes × edges): about 0.2 s at 1,500 nodes here, but tens
// of seconds for the whole directory. Above the limit we estimate from a sample.
export const EXACT_BETWEENNESS_LIMIT = 1500;
export const BETWEENNESS_SAMPLES = 300;
/** Share of nodes, by betweenness, that may count as bridges. */
export const BRIDGE_SHARE = 0.1;

/** A small seeded PRNG (mulberry32): deterministic samples and communities. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Degree, betweenness, bridges and clusters of the undirected view of a
 * membership graph (direction and tie type do not matter for who connects whom;
 * an edge in each direction between the same pair counts once).
 *
 * - degree: how many distinct networks this one is tied to.
 * - betweenness: normalised to 0..1 (share of shortest paths between other
 *   pairs that pass through the node); estimated above `exactLimit` nodes.
 * - isBridge: betweenness above 0 and above the graph's mean, and among the
 *   top 10% of nodes by betweenness (at least the top one; ties at the cut-off
 *   all count). The mean keeps a ring, where everyone is equally between, bridgeless.
 * - cluster: Louvain community, numbered 0.. from the largest community down.
 */
export function computeGraphMetrics(nodeIds: readonly string[], edges: readonly MetricsEdge[], options: MetricsOptions = {}): GraphMetrics {
  const { exactLimit = EXACT_BETWEENNESS_LIMIT, samples = BETWEENNESS_SAMPLES, seed = 42 } = options;
  const graph = canonicalGraph(nodeIds, edges);
  const estimated = graph.order > exactLimit && samples < graph.order;
  const betweenness =
    graph.order === 0
      ? {}
      : estimated
        ? sampledBetweenness(graph, samples, seededRandom(seed))
        : betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
  const bridges = bridgeSet(betweenness);
  const clusters = numberedClusters(graph, seededRandom(seed));

  const nodes = new Map<string, NodeMetrics>();
  graph.forEachNode((id) => {
    nodes.set(id, {
      degree: graph.degree(id),
      // Guards the estimate, which can overshoot on tiny samples, and float noise.
      betweenness: Math.min(1, Math.max(0, betweenness[id] ?? 0)),
      isBridge: bridges.has(id),
      cluster: clusters.get(id) ?? 0,
    });
  });
  return { nodes, betweennessEstimated: estimated };
}

/**
 * The undirected simple graph, built in a fixed order (nodes and pairs sorted)
 * so that Louvain and the sample depend on the graph, not on row order.
 */
function canonicalGraph(nodeIds: readonly string[], edges: readonly MetricsEdge[]): UndirectedGraph {
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (const id of [...nodeIds].sort()) graph.mergeNode(id);
  const pairs = new Map<string, [string, string]>();
  for (const { source, target } of edges) {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    const pair: [string, string] = source < target ? [source, target] : [target, source];
    pairs.set(`${pair[0]} ${pair[1]}`, pair);
  }
  for (const key of [...pairs.keys()].sort()) graph.addEdge(...pairs.get(key)!);
  return graph;
}

function bridgeSet(betweenness: Record<string, number>): Set<string> {
  const values = Object.values(betweenness);
  const mean = values.reduce((sum, value) => sum + value, 0) / (values.length || 1);
  const ranked = Object.entries(betweenness)
    .filter(([, value]) => value > 0 && value > mean)
    .sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return new Set();
  const cutoff = ranked[Math.min(ranked.length, Math.max(1, Math.floor(values.length * BRIDGE_SHARE))) - 1][1];
  return new Set(ranked.filter(([, value]) => value >= cutoff).map(([id]) => id));
}

/** Louvain communities, renumbered by size (largest first, then by smallest node id) so ids are stable. */
function numberedClusters(graph: UndirectedGraph, rng: () => number): Map<string, number> {
  if (graph.order === 0) return new Map();
  const communities = graph.size > 0 ? louvain(graph, { rng, getEdgeWeight: null }) : {};
  const members = new Map<string, string[]>();
  graph.forEachNode((id) => {
    // Louvain leaves isolated nodes in communities of their own; so do we.
    const key = id in communities ? `c${communities[id]}` : `n${id}`;
    members.set(key, [...(members.get(key) ?? []), id]);
  });
  const ordered = [...members.values()].map((ids) => ids.sort()).sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
  const numbers = new Map<string, number>();
  ordered.forEach((ids, cluster) => ids.forEach((id) => numbers.set(id, cluster)));
  return numbers;
}

/**
 * Brandes' betweenness from `samples` random sources, scaled up by
 * nodes / samples (Brandes & Pich, "Centrality estimation in large networks",
 * 2007), normalised like the exact version. Runs on flat arrays for speed.
 */
export function sampledBetweenness(graph: UndirectedGraph, samples: number, rng: () => number): Record<string, number> {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const offsets = new Int32Array(n + 1);
  ids.forEach((id, i) => (offsets[i + 1] = offsets[i] + graph.degree(id)));
  const neighbours = new Int32Array(offsets[n]);
  ids.forEach((id, i) => {
    let at = offsets[i];
    graph.forEachNeighbor(id, (other) => (neighbours[at++] = index.get(other)!));
  });

  // Partial Fisher–Yates shuffle: the first k entries are a sample without repeats.
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const k = Math.min(samples, n);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    [order[i], order[j]] = [order[j], order[i]];
  }

  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const distance = new Int32Array(n);
  const stack = new Int32Array(n);
  for (let s = 0; s < k; s++) {
    const source = order[s];
    sigma.fill(0);
    delta.fill(0);
    distance.fill(-1);
    sigma[source] = 1;
    distance[source] = 0;
    // BFS; the stack doubles as the queue because BFS visits in stack order.
    let head = 0;
    let tail = 0;
    stack[tail++] = source;
    while (head < tail) {
      const v = stack[head++];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = neighbours[e];
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          stack[tail++] = w;
        }
        if (distance[w] === distance[v] + 1) sigma[w] += sigma[v];
      }
    }
    // Dependencies, farthest first; predecessors are the neighbours one step closer.
    for (let i = tail - 1; i > 0; i--) {
      const w = stack[i];
      const coefficient = (1 + delta[w]) / sigma[w];
      for (let e = offsets[w]; e < offsets[w + 1]; e++) {
        const v = neighbours[e];
        if (distance[v] === distance[w] - 1) delta[v] += sigma[v] * coefficient;
      }
      centrality[w] += delta[w];
    }
  }

  const scale = n <= 2 ? 0 : n / k / ((n - 1) * (n - 2));
  return Object.fromEntries(ids.map((id, i) => [id, centrality[i] * scale]));
}
