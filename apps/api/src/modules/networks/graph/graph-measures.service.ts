import { Injectable } from '@nestjs/common';
import { betweennessOf, buildAdjacency, type MetricsEdge } from './graph-metrics.js';

export interface Betweenness {
  /** Normalised betweenness (0..1) of a network of the map; 0 for one not in it. */
  of(networkId: string): number;
  /** True when estimated from a sample of sources (a map above graph-metrics.ts's EXACT_BETWEENNESS_LIMIT networks). */
  estimated: boolean;
}

/** Measures of a map of networks for other modules (the impact view's bridging before and after), by the map's own rules. */
@Injectable()
export class GraphMeasuresService {
  /** Betweenness of every node, as the map computes it (graph-metrics.ts `betweennessOf`). */
  betweenness(nodeIds: readonly string[], edges: readonly MetricsEdge[]): Betweenness {
    const adjacency = buildAdjacency(nodeIds, edges);
    const { values, estimated } = betweennessOf(adjacency);
    const index = new Map(adjacency.ids.map((id, i) => [id, i]));
    return {
      of: (id) => {
        const i = index.get(id);
        return i === undefined ? 0 : Math.min(1, Math.max(0, values[i]));
      },
      estimated,
    };
  }
}
