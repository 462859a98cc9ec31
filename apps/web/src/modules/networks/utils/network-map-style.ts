import type { DirectoryGraphQuery, NetworkKind } from '../../../gql/graphql';

export type GraphData = DirectoryGraphQuery['directoryGraph'];
export type GraphNode = GraphData['nodes'][number];
export type GraphEdge = GraphData['edges'][number];

// Shapes the map's node program can draw (see node-shape-program.ts).
export const NODE_SHAPES = { circle: 0, square: 1, diamond: 2 } as const;
export type NodeShape = keyof typeof NODE_SHAPES;

export interface KindStyle {
  color: string;
  shape: NodeShape;
}

// Kind is told by shape as well as colour, so the map does not rely on colour
// alone. Colours are from Mantine's palette, dark enough on white (3:1).
export const KIND_STYLES: Record<NetworkKind, KindStyle> = {
  COALITION: { color: '#6741d9', shape: 'square' },
  NETWORK: { color: '#0c8599', shape: 'circle' },
  ORGANISATION: { color: '#d9480f', shape: 'diamond' },
};
export const CLOSED_COLOR = '#868e96';
export const BRIDGE_RING_COLOR = '#212529';
export const PLAIN_RING_COLOR = '#ffffff';
export const EDGE_COLOR = '#ced4da';
export const DIMMED_COLOR = '#e9ecef';

// Ring widths as a share of the node's radius.
export const BRIDGE_RING = 0.38;
export const PLAIN_RING = 0.12;

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 18;
// Only nodes drawn at least this big get a label until someone hovers them;
// with the sizes above that is roughly the best-connected tenth.
export const LABEL_SIZE_THRESHOLD = 11;

export interface MapNodeAttributes {
  label: string;
  slug: string;
  kind: NetworkKind;
  size: number;
  color: string;
  shape: number;
  ring: number;
  ringColor: string;
  isBridge: boolean;
  x: number;
  y: number;
}

/** Node size grows with the square root of its ties, so hubs stand out without swamping the rest. */
export function nodeSize(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return MIN_NODE_SIZE;
  const share = Math.sqrt(Math.max(0, degree) / maxDegree);
  return Math.round((MIN_NODE_SIZE + share * (MAX_NODE_SIZE - MIN_NODE_SIZE)) * 10) / 10;
}

/** Colour, shape and ring for a node: kind by colour and shape, bridges by a dark ring, closed ones grey. */
export function nodeStyle(node: Pick<GraphNode, 'kind' | 'isBridge' | 'isClosed'>) {
  const kind = KIND_STYLES[node.kind];
  return {
    color: node.isClosed ? CLOSED_COLOR : kind.color,
    shape: NODE_SHAPES[kind.shape],
    ring: node.isBridge ? BRIDGE_RING : PLAIN_RING,
    ringColor: node.isBridge ? BRIDGE_RING_COLOR : PLAIN_RING_COLOR,
  };
}

/**
 * A deterministic starting position, so the same graph always settles into
 * the same picture: each cluster gets a spot on a large circle (biggest
 * cluster first), and its networks sit on a small circle around that spot.
 */
export function initialPositions(nodes: ReadonlyArray<Pick<GraphNode, 'id' | 'cluster'>>): Map<string, { x: number; y: number }> {
  const byCluster = new Map<number, string[]>();
  for (const node of [...nodes].sort((a, b) => a.id.localeCompare(b.id))) {
    byCluster.set(node.cluster, [...(byCluster.get(node.cluster) ?? []), node.id]);
  }
  const clusters = [...byCluster.entries()].sort(([a, aIds], [b, bIds]) => bIds.length - aIds.length || a - b);
  const outer = Math.max(1, Math.sqrt(nodes.length)) * 10;
  const positions = new Map<string, { x: number; y: number }>();
  clusters.forEach(([, ids], clusterIndex) => {
    const angle = (2 * Math.PI * clusterIndex) / clusters.length;
    const centre = clusters.length === 1 ? { x: 0, y: 0 } : { x: outer * Math.cos(angle), y: outer * Math.sin(angle) };
    const inner = Math.sqrt(ids.length) * 4;
    ids.forEach((id, i) => {
      const a = (2 * Math.PI * i) / ids.length;
      positions.set(id, { x: centre.x + inner * Math.cos(a), y: centre.y + inner * Math.sin(a) });
    });
  });
  return positions;
}

/** Everything sigma needs to draw one node. */
export function toMapNodes(nodes: ReadonlyArray<GraphNode>): Array<{ key: string; attributes: MapNodeAttributes }> {
  const maxDegree = nodes.reduce((max, node) => Math.max(max, node.degree), 0);
  const positions = initialPositions(nodes);
  return nodes.map((node) => ({
    key: node.id,
    attributes: {
      label: node.name,
      slug: node.slug,
      kind: node.kind,
      isBridge: node.isBridge,
      size: nodeSize(node.degree, maxDegree),
      ...nodeStyle(node),
      ...positions.get(node.id)!,
    },
  }));
}

/** Edges whose ends are both in the graph (the API only sends those, but a stale cache might not). */
export function toMapEdges(graph: Pick<GraphData, 'nodes' | 'edges'>) {
  const ids = new Set(graph.nodes.map((node) => node.id));
  return graph.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target) && edge.source !== edge.target)
    .map((edge) => ({ key: edge.id, source: edge.source, target: edge.target, attributes: { color: EDGE_COLOR, size: 1 } }));
}

/** Bridging networks, most between first, then by name. */
export function bridgingNetworks(nodes: ReadonlyArray<GraphNode>): GraphNode[] {
  return nodes.filter((node) => node.isBridge).sort((a, b) => b.betweenness - a.betweenness || a.name.localeCompare(b.name));
}
