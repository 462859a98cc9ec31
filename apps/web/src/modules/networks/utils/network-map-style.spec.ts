import {
  BRIDGE_RING,
  BRIDGE_RING_COLOR,
  CLOSED_COLOR,
  type GraphNode,
  initialPositions,
  KIND_STYLES,
  LARGE_MAP,
  LARGE_MAP_ACROSS_COLOR,
  LARGE_MAP_WITHIN_COLOR,
  mapDensity,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  NODE_SHAPES,
  PLAIN_RING,
  TIE_WEIGHT_ACROSS,
  TIE_WEIGHT_WITHIN,
  bridgingNetworks,
  nodeSize,
  nodeStyle,
  toMapEdges,
  toMapNodes,
} from './network-map-style';

const aNode = (overrides: Partial<GraphNode> = {}): GraphNode => ({
  id: 'n1',
  slug: 'n1',
  name: 'One',
  kind: 'NETWORK',
  region: null,
  isClosed: false,
  degree: 1,
  betweenness: 0,
  isBridge: false,
  cluster: 0,
  ...overrides,
});

describe('nodeSize', () => {
  it('runs from the smallest size for no ties to the largest for the best-tied network', () => {
    expect(nodeSize(0, 10)).toBe(MIN_NODE_SIZE);
    expect(nodeSize(10, 10)).toBe(MAX_NODE_SIZE);
    expect(nodeSize(0, 0)).toBe(MIN_NODE_SIZE);
  });

  it('grows with the square root of ties, so hubs do not swamp the rest', () => {
    const quarter = nodeSize(25, 100);
    expect(quarter).toBeCloseTo(MIN_NODE_SIZE + 0.5 * (MAX_NODE_SIZE - MIN_NODE_SIZE), 1);
    expect(nodeSize(5, 100)).toBeLessThan(quarter);
  });
});

describe('nodeStyle', () => {
  it('tells kinds apart by shape as well as colour', () => {
    const styles = (['COALITION', 'NETWORK', 'ORGANISATION'] as const).map((kind) => nodeStyle(aNode({ kind })));
    expect(new Set(styles.map((style) => style.shape)).size).toBe(3);
    expect(new Set(styles.map((style) => style.color)).size).toBe(3);
    expect(styles[0]).toMatchObject({ shape: NODE_SHAPES.square, color: KIND_STYLES.COALITION.color });
  });

  it('rings bridging networks thick and dark, and greys out closed ones without changing their shape', () => {
    expect(nodeStyle(aNode({ isBridge: true }))).toMatchObject({ ring: BRIDGE_RING, ringColor: BRIDGE_RING_COLOR });
    expect(nodeStyle(aNode())).toMatchObject({ ring: PLAIN_RING });
    expect(nodeStyle(aNode({ kind: 'ORGANISATION', isClosed: true }))).toMatchObject({ color: CLOSED_COLOR, shape: NODE_SHAPES.diamond });
  });
});

describe('initialPositions', () => {
  const nodes = [
    aNode({ id: 'a', cluster: 0 }),
    aNode({ id: 'b', cluster: 0 }),
    aNode({ id: 'c', cluster: 1 }),
    aNode({ id: 'd', cluster: 1 }),
    aNode({ id: 'e', cluster: 0 }),
  ];

  it('is the same whatever order the nodes come in', () => {
    expect(initialPositions([...nodes].reverse())).toEqual(initialPositions(nodes));
  });

  it('puts networks of one cluster nearer each other than to another cluster', () => {
    const at = initialPositions(nodes);
    const distance = (p: string, q: string) => Math.hypot(at.get(p)!.x - at.get(q)!.x, at.get(p)!.y - at.get(q)!.y);
    expect(distance('a', 'b')).toBeLessThan(distance('a', 'c'));
    expect(distance('c', 'd')).toBeLessThan(distance('d', 'e'));
  });
});

describe('toMapNodes and toMapEdges', () => {
  it('gives sigma a label, slug, size, colour, shape and a start position for each network', () => {
    const [hub, leaf] = toMapNodes([
      aNode({ id: 'hub', name: 'Hub', slug: 'hub', kind: 'COALITION', degree: 4, isBridge: true }),
      aNode({ id: 'leaf', degree: 1 }),
    ]);
    expect(hub).toMatchObject({
      key: 'hub',
      attributes: { label: 'Hub', slug: 'hub', size: MAX_NODE_SIZE, shape: NODE_SHAPES.square, ringColor: BRIDGE_RING_COLOR },
    });
    expect(leaf.attributes.size).toBeLessThan(hub.attributes.size);
    expect(Number.isFinite(hub.attributes.x) && Number.isFinite(hub.attributes.y)).toBe(true);
  });

  it('drops ties to networks the graph does not have, and loops', () => {
    const edges = toMapEdges({
      nodes: [aNode({ id: 'a' }), aNode({ id: 'b' })],
      edges: [
        { id: 'e1', source: 'a', target: 'b', tieType: 'MEMBER' },
        { id: 'e2', source: 'a', target: 'gone', tieType: 'PARTNER' },
        { id: 'e3', source: 'a', target: 'a', tieType: 'MEMBER' },
      ],
    });
    expect(edges.map((edge) => edge.key)).toEqual(['e1']);
  });

  it('pulls harder along ties within a cluster, and in a large map draws ties across clusters fainter and underneath', () => {
    const many = Array.from({ length: LARGE_MAP }, (_, i) => aNode({ id: `n${i}`, cluster: i % 2 }));
    const graph = {
      nodes: many,
      edges: [
        { id: 'within', source: 'n0', target: 'n2', tieType: 'MEMBER' as const },
        { id: 'across', source: 'n0', target: 'n1', tieType: 'MEMBER' as const },
      ],
    };
    const [within, across] = toMapEdges(graph);
    expect(within.attributes).toMatchObject({ weight: TIE_WEIGHT_WITHIN, color: LARGE_MAP_WITHIN_COLOR, zIndex: 1 });
    expect(across.attributes).toMatchObject({ weight: TIE_WEIGHT_ACROSS, color: LARGE_MAP_ACROSS_COLOR, zIndex: 0 });
    expect(TIE_WEIGHT_ACROSS).toBeLessThan(TIE_WEIGHT_WITHIN);

    const [smallWithin, smallAcross] = toMapEdges({ ...graph, nodes: many.slice(0, 3) });
    expect(smallWithin.attributes.color).toBe(smallAcross.attributes.color);
  });
});

describe('mapDensity', () => {
  it('draws a large map with smaller shapes and sparser labels, hubs still standing out', () => {
    const small = mapDensity(LARGE_MAP - 1);
    const large = mapDensity(LARGE_MAP);
    expect(small).toMatchObject({ minSize: MIN_NODE_SIZE, maxSize: MAX_NODE_SIZE });
    expect(large.maxSize).toBeLessThan(small.maxSize);
    expect(large.maxSize / large.minSize).toBeGreaterThanOrEqual(5);
    expect(large.labelGridCellSize).toBeGreaterThan(small.labelGridCellSize);
    const [hub] = toMapNodes([aNode({ degree: 10 }), ...Array.from({ length: LARGE_MAP }, (_, i) => aNode({ id: `n${i}`, degree: 1 }))]);
    expect(hub.attributes.size).toBe(large.maxSize);
  });
});

describe('bridgingNetworks', () => {
  it('lists only bridges, the most between first', () => {
    const bridges = bridgingNetworks([
      aNode({ id: 'a', name: 'A', isBridge: true, betweenness: 0.2 }),
      aNode({ id: 'b', name: 'B' }),
      aNode({ id: 'c', name: 'C', isBridge: true, betweenness: 0.5 }),
    ]);
    expect(bridges.map((node) => node.name)).toEqual(['C', 'A']);
  });
});
