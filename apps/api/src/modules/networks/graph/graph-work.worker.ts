// Runs in a worker thread of GraphWorkPool: the map's measures, which take up to half a second of CPU
// on a 10,000-network directory, off the API's event loop. Loaded by file name, not imported: Node runs it
// as it is (types stripped) under Jest, and compiled from dist; hence the `.ts` import, which tsc rewrites.
import { adjacencyOfPairs, betweennessOf, computeGraphMetrics, type GraphMetrics, type MetricsEdge } from './graph-metrics.ts';

export interface BetweennessTask {
  ids: string[];
  /** Tie e joins ids[ends[2e]] and ids[ends[2e + 1]]; -1 leaves it out. */
  ends: Int32Array;
}

export interface MetricsTask {
  ids: string[];
  edges: MetricsEdge[];
}

export function betweenness({ ids, ends }: BetweennessTask): { values: Float64Array; estimated: boolean } {
  return betweennessOf(adjacencyOfPairs(ids, ends));
}

export function metrics({ ids, edges }: MetricsTask): GraphMetrics {
  return computeGraphMetrics(ids, edges);
}
