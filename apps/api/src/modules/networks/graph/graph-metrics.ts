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

// Exact Brandes is O(nodes × ties): about 0.5 s at 1,500 nodes and 7,500 ties here, but
// ~20 s for a 10,000-network directory. Above the limit we estimate from a sample.
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
  const { seed = 42 } = options;
  const adjacency = buildAdjacency(nodeIds, edges);
  const graph = graphOf(adjacency);
  const { values: betweenness, estimated } = betweennessOf(adjacency, options, graph);
  const bridges = bridgeFlags(betweenness);
  const clusters = numberedClusters(graph, seededRandom(seed));

  const nodes = new Map<string, NodeMetrics>();
  adjacency.ids.forEach((id, i) => {
    nodes.set(id, {
      degree: adjacency.offsets[i + 1] - adjacency.offsets[i],
      // Guards the estimate, which can overshoot on tiny samples, and float noise.
      betweenness: Math.min(1, Math.max(0, betweenness[i])),
      isBridge: bridges[i] === 1,
      cluster: clusters[i],
    });
  });
  return { nodes, betweennessEstimated: estimated };
}

/**
 * Betweenness (normalised) of every node of `adjacency`, by the map's one rule: exact up to `exactLimit`
 * nodes, else estimated from a seeded sample of sources (`estimated`). Also used for the impact view's bridging.
 */
export function betweennessOf(
  adjacency: Adjacency,
  { exactLimit = EXACT_BETWEENNESS_LIMIT, samples = BETWEENNESS_SAMPLES, seed = 42 }: MetricsOptions = {},
  graph?: UndirectedGraph,
): { values: Float64Array; estimated: boolean } {
  const estimated = adjacency.ids.length > exactLimit && samples < adjacency.ids.length;
  // graphology's graph only for the exact case: building it for a 10,000-network map costs as much as the estimate.
  return {
    values: estimated ? sampledBetweenness(adjacency, samples, seededRandom(seed)) : exactBetweenness(graph ?? graphOf(adjacency)),
    estimated,
  };
}

/** graphology's graph of `adjacency`; its keys are the indices (short keys make a large graph much quicker to build). */
function graphOf(adjacency: Adjacency): UndirectedGraph {
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (let i = 0; i < adjacency.ids.length; i++) graph.addNode(String(i));
  adjacency.forEachPair((a, b) => graph.addEdge(String(a), String(b)));
  return graph;
}

/** The undirected simple graph on nodes 0..n-1 (ids sorted), as flat neighbour lists. */
export interface Adjacency {
  ids: string[];
  /** Node i's neighbours are neighbours[offsets[i]] up to neighbours[offsets[i + 1]]. */
  offsets: Int32Array;
  neighbours: Int32Array;
  /** Each tie once (a < b), in a fixed order. */
  forEachPair(fn: (a: number, b: number) => void): void;
}

/**
 * Sorted ids and sorted pairs make everything after (the sample, Louvain)
 * depend on the graph alone, not on the order rows came in. Ties to unknown
 * ids, self-ties and repeats (either direction) are dropped.
 */
export function buildAdjacency(nodeIds: readonly string[], edges: readonly MetricsEdge[]): Adjacency {
  const ids = [...new Set(nodeIds)].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const ends = new Int32Array(edges.length * 2).fill(-1);
  edges.forEach(({ source, target }, e) => {
    ends[2 * e] = index.get(source) ?? -1;
    ends[2 * e + 1] = index.get(target) ?? -1;
  });
  return adjacencyOfPairs(ids, ends);
}

/**
 * {@link buildAdjacency} from ties already given as indices into `ids` (sorted, without repeats):
 * tie e joins ends[2e] and ends[2e + 1]; ties with an end of -1 (unknown), self-ties and repeats are dropped.
 */
export function adjacencyOfPairs(ids: string[], ends: Int32Array): Adjacency {
  const n = ids.length;
  const keys = new Float64Array(ends.length / 2);
  let count = 0;
  for (let e = 0; e < ends.length; e += 2) {
    const a = ends[e];
    const b = ends[e + 1];
    if (a < 0 || b < 0 || a === b) continue;
    keys[count++] = a < b ? a * n + b : b * n + a;
  }
  const sorted = keys.subarray(0, count).sort();
  const pairs: number[] = [];
  for (let i = 0; i < count; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) pairs.push(sorted[i]);

  const offsets = new Int32Array(n + 1);
  for (const key of pairs) {
    offsets[Math.floor(key / n) + 1]++;
    offsets[(key % n) + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(offsets[n]);
  for (const key of pairs) {
    const a = Math.floor(key / n);
    const b = key % n;
    neighbours[fill[a]++] = b;
    neighbours[fill[b]++] = a;
  }
  return { ids, offsets, neighbours, forEachPair: (fn) => pairs.forEach((key) => fn(Math.floor(key / n), key % n)) };
}

function exactBetweenness(graph: UndirectedGraph): Float64Array {
  const result = new Float64Array(graph.order);
  // graphology-metrics cannot index an empty graph.
  if (graph.order === 0) return result;
  const byKey = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
  for (const key in byKey) result[Number(key)] = byKey[key];
  return result;
}

function bridgeFlags(betweenness: Float64Array): Uint8Array {
  const flags = new Uint8Array(betweenness.length);
  const mean = betweenness.reduce((sum, value) => sum + value, 0) / (betweenness.length || 1);
  const ranked = [...betweenness.keys()]
    .filter((i) => betweenness[i] > 0 && betweenness[i] > mean)
    .sort((a, b) => betweenness[b] - betweenness[a]);
  if (ranked.length === 0) return flags;
  const cutoff = betweenness[ranked[Math.min(ranked.length, Math.max(1, Math.floor(betweenness.length * BRIDGE_SHARE))) - 1]];
  for (const i of ranked) if (betweenness[i] >= cutoff) flags[i] = 1;
  return flags;
}

/** Louvain communities, renumbered by size (largest first, then by smallest id) so numbers are stable. */
function numberedClusters(graph: UndirectedGraph, rng: () => number): Int32Array {
  const clusters = new Int32Array(graph.order);
  const communities = graph.size > 0 ? louvain(graph, { rng, getEdgeWeight: null }) : {};
  const members = new Map<string, number[]>();
  for (let i = 0; i < graph.order; i++) {
    // Louvain leaves a network without ties in a community of its own; so do we.
    const key = String(i) in communities ? `c${communities[String(i)]}` : `n${i}`;
    const list = members.get(key);
    if (list) list.push(i);
    else members.set(key, [i]);
  }
  // Members are listed in index order, so list[0] is the smallest id.
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || a[0] - b[0]);
  ordered.forEach((list, cluster) => list.forEach((i) => (clusters[i] = cluster)));
  return clusters;
}

/**
 * Brandes' betweenness from `samples` random sources, scaled up by
 * nodes / samples (Brandes & Pich, "Centrality estimation in large networks",
 * 2007), normalised like the exact version: 1 / ((n - 1)(n - 2)) over ordered pairs.
 */
export function sampledBetweenness({ offsets, neighbours }: Adjacency, samples: number, rng: () => number): Float64Array {
  const n = offsets.length - 1;
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
  const distance = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  for (let s = 0; s < k; s++) {
    const source = order[s];
    sigma[source] = 1;
    distance[source] = 0;
    // BFS; the visit order doubles as Brandes' stack.
    let head = 0;
    let tail = 0;
    stack[tail++] = source;
    while (head < tail) {
      const v = stack[head++];
      const next = distance[v] + 1;
      const paths = sigma[v];
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const w = neighbours[e];
        if (distance[w] < 0) {
          distance[w] = next;
          stack[tail++] = w;
        }
        if (distance[w] === next) sigma[w] += paths;
      }
    }
    // Dependencies, farthest first; predecessors are the neighbours one step closer.
    for (let i = tail - 1; i > 0; i--) {
      const w = stack[i];
      const closer = distance[w] - 1;
      const coefficient = (1 + delta[w]) / sigma[w];
      for (let e = offsets[w], end = offsets[w + 1]; e < end; e++) {
        const v = neighbours[e];
        if (distance[v] === closer) delta[v] += sigma[v] * coefficient;
      }
      centrality[w] += delta[w];
    }
    // Reset only what this search touched.
    for (let i = 0; i < tail; i++) {
      const v = stack[i];
      sigma[v] = 0;
      delta[v] = 0;
      distance[v] = -1;
    }
  }

  const scale = n <= 2 ? 0 : n / k / ((n - 1) * (n - 2));
  return centrality.map((value) => value * scale);
}
