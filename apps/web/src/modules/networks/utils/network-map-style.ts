import type { NetworkGraphFieldsFragment, NetworkKind } from '../../../gql/graphql';

export type GraphData = NetworkGraphFieldsFragment;
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
// Ties in a large map: within a cluster a little darker than usual, between
// clusters barely there until someone points at a network.
export const LARGE_MAP_WITHIN_COLOR = '#adb5bd';
export const LARGE_MAP_ACROSS_COLOR = '#f1f3f5';

// Ring widths as a share of the node's radius.
export const BRIDGE_RING = 0.38;
export const PLAIN_RING = 0.12;

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 18;
// Only nodes drawn at least this big get a label until someone hovers them;
// with the sizes above that is roughly the best-connected tenth.
export const LABEL_SIZE_THRESHOLD = 11;

// From this many networks on, the map is drawn for density (see mapDensity).
export const LARGE_MAP = 300;

/**
 * What changes when a map holds hundreds or thousands of networks: smaller
 * shapes (hubs still five times the rest), ties across clusters drawn fainter
 * than ties within one (and under them), so the clusters show through the
 * haze, and labels only where they have room.
 */
export function mapDensity(order: number) {
  if (order < LARGE_MAP) {
    return {
      minSize: MIN_NODE_SIZE,
      maxSize: MAX_NODE_SIZE,
      withinColor: EDGE_COLOR,
      acrossColor: EDGE_COLOR,
      labelGridCellSize: 100,
      labelDensity: 0.5,
    };
  }
  return {
    minSize: 2,
    maxSize: 10,
    withinColor: LARGE_MAP_WITHIN_COLOR,
    acrossColor: LARGE_MAP_ACROSS_COLOR,
    labelGridCellSize: 260,
    labelDensity: 0.5,
  };
}

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
  cluster: number;
  x: number;
  y: number;
}

/** Node size grows with the square root of its ties, so hubs stand out without swamping the rest. */
export function nodeSize(degree: number, maxDegree: number, minSize = MIN_NODE_SIZE, maxSize = MAX_NODE_SIZE): number {
  if (maxDegree <= 0) return minSize;
  const share = Math.sqrt(Math.max(0, degree) / maxDegree);
  return Math.round((minSize + share * (maxSize - minSize)) * 10) / 10;
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
  const { minSize, maxSize } = mapDensity(nodes.length);
  const positions = initialPositions(nodes);
  return nodes.map((node) => ({
    key: node.id,
    attributes: {
      label: node.name,
      slug: node.slug,
      kind: node.kind,
      isBridge: node.isBridge,
      size: nodeSize(node.degree, maxDegree, minSize, maxSize),
      cluster: node.cluster,
      ...nodeStyle(node),
      ...positions.get(node.id)!,
    },
  }));
}

// How hard a tie pulls in the layout: ties within a cluster pull harder than
// ties across clusters, so clusters gather and the bridges between them show.
export const TIE_WEIGHT_WITHIN = 1;
export const TIE_WEIGHT_ACROSS = 0.05;

/** Edges whose ends are both in the graph (the API only sends those, but a stale cache might not). */
export function toMapEdges(graph: Pick<GraphData, 'nodes' | 'edges'>) {
  const clusterOf = new Map(graph.nodes.map((node) => [node.id, node.cluster]));
  const { withinColor, acrossColor } = mapDensity(graph.nodes.length);
  return graph.edges
    .filter((edge) => clusterOf.has(edge.source) && clusterOf.has(edge.target) && edge.source !== edge.target)
    .map((edge) => {
      const within = clusterOf.get(edge.source) === clusterOf.get(edge.target);
      return {
        key: edge.id,
        source: edge.source,
        target: edge.target,
        attributes: {
          color: within ? withinColor : acrossColor,
          size: 1,
          zIndex: within ? 1 : 0,
          weight: within ? TIE_WEIGHT_WITHIN : TIE_WEIGHT_ACROSS,
        },
      };
    });
}

/** Bridging networks, most between first, then by name. */
export function bridgingNetworks(nodes: ReadonlyArray<GraphNode>): GraphNode[] {
  return nodes.filter((node) => node.isBridge).sort((a, b) => b.betweenness - a.betweenness || a.name.localeCompare(b.name));
}
