import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { LARGE_MAP } from '../../utils/network-map-style';

// For hundreds of networks: LinLog pulls clusters tight and apart; spreading
// hubs' attraction keeps coalitions from piling up in the middle; the rest
// spreads the picture over the box.
const LARGE_MAP_LAYOUT = {
  scalingRatio: 2,
  gravity: 0.1,
  strongGravityMode: true,
  edgeWeightInfluence: 1,
};

export interface LayoutInput {
  nodes: Array<{ key: string; x: number; y: number; size: number }>;
  /** Source, target and how hard the tie pulls. */
  edges: Array<[string, string, number]>;
}

export type LayoutPositions = Record<string, { x: number; y: number }>;

/** Fewer rounds for big graphs: each round costs more, and Barnes-Hut settles them faster. */
export function layoutIterations(order: number): number {
  if (order > 2000) return 80;
  if (order > 500) return 120;
  return 200;
}

/**
 * ForceAtlas2 for a fixed number of rounds from the given start. With the
 * same start and the same rounds it gives the same picture every time, which
 * a layout stopped after so many milliseconds would not.
 */
export function runLayout(input: LayoutInput): LayoutPositions {
  const graph = new Graph({ type: 'undirected', multi: false });
  for (const node of input.nodes) graph.addNode(node.key, { x: node.x, y: node.y, size: node.size });
  for (const [source, target, weight] of input.edges) graph.mergeEdge(source, target, { weight });
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 300,
    strongGravityMode: true,
    gravity: 0.5,
    ...(graph.order >= LARGE_MAP ? LARGE_MAP_LAYOUT : {}),
  };
  return forceAtlas2(graph, { iterations: layoutIterations(graph.order), settings });
}
