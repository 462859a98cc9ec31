import { Alert, Box, Button, Group } from '@mantine/core';
import Graph from 'graphology';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Sigma from 'sigma';
import type { NodeDisplayData } from 'sigma/types';
import { LoadingState } from '../../../../ui/LoadingState';
import {
  DIMMED_COLOR,
  EDGE_COLOR,
  type GraphData,
  LABEL_SIZE_THRESHOLD,
  mapDensity,
  MAX_NODE_SIZE,
  type MapNodeAttributes,
  toMapEdges,
  toMapNodes,
} from '../../utils/network-map-style';
import { type LayoutInput, type LayoutPositions, runLayout } from './network-layout';
import { NodeShapeProgram } from './node-shape-program';

export interface NetworkMapProps {
  graph: GraphData;
  /** What the map shows, for screen readers (the table next to it has the detail). */
  summary: string;
  onOpenNetwork: (slug: string) => void;
  /** A network to centre, with its ties lit and its neighbours named (as when pointed at). */
  focus?: string | null;
}

/** Lays the graph out in a worker (or here, if workers are unavailable). */
function useLayout(input: LayoutInput): LayoutPositions | null {
  const [positions, setPositions] = useState<LayoutPositions | null>(null);
  useEffect(() => {
    let worker: Worker | null = null;
    let cancelled = false;
    const done = (result: LayoutPositions) => {
      if (!cancelled) setPositions(result);
    };
    try {
      worker = new Worker(new URL('./network-layout.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<LayoutPositions>) => done(event.data);
      worker.onerror = () => done(runLayout(input));
      worker.postMessage(input);
    } catch {
      done(runLayout(input));
    }
    return () => {
      cancelled = true;
      worker?.terminate();
    };
  }, [input]);
  return positions;
}

const HOME = { x: 0.5, y: 0.5, ratio: 1 };

/**
 * How far to zoom so a network's neighbours all fit around it (sigma's camera sees about `ratio` across,
 * in the map's own 0..1 frame): closer in for a tight neighbourhood, further out than the whole map when a
 * neighbour lies on the far side.
 */
function focusRatio(renderer: Sigma<MapNodeAttributes>, centre: { x: number; y: number }, neighbours: Set<string>): number {
  let reach = 0;
  for (const other of neighbours) {
    const shown = renderer.getNodeDisplayData(other);
    if (shown) reach = Math.max(reach, Math.abs(shown.x - centre.x), Math.abs(shown.y - centre.y));
  }
  return Math.min(3, Math.max(0.25, reach * 3));
}

function supportsWebGL(): boolean {
  try {
    return Boolean(document.createElement('canvas').getContext('webgl'));
  } catch {
    return false;
  }
}

export function NetworkMap({ graph, summary, onOpenNetwork, focus = null }: NetworkMapProps) {
  const { t } = useTranslation('networks');
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<MapNodeAttributes> | null>(null);
  // Without WebGL (an old browser, or graphics switched off) the table still lists everything.
  const [webgl] = useState(supportsWebGL);

  const nodes = useMemo(() => toMapNodes(graph.nodes), [graph.nodes]);
  const edges = useMemo(() => toMapEdges(graph), [graph]);
  const layoutInput = useMemo<LayoutInput>(
    () => ({
      nodes: nodes.map(({ key, attributes }) => ({ key, x: attributes.x, y: attributes.y, size: attributes.size })),
      edges: edges.map((edge) => [edge.source, edge.target, edge.attributes.weight]),
    }),
    [nodes, edges],
  );
  const positions = useLayout(layoutInput);

  // Keeps the latest callback without redrawing the map when it changes.
  const openRef = useRef(onOpenNetwork);
  useEffect(() => {
    openRef.current = onOpenNetwork;
  }, [onOpenNetwork]);
  // The focused network, read by the reducers; changing it re-centres without rebuilding the map.
  const focusRef = useRef<string | null>(focus);
  const applyFocusRef = useRef<() => void>(() => {});
  useEffect(() => {
    focusRef.current = focus;
    applyFocusRef.current();
  }, [focus]);

  useEffect(() => {
    if (!positions || !container.current || !webgl) return;
    const model = new Graph<MapNodeAttributes>({ type: 'undirected', multi: false });
    for (const { key, attributes } of nodes) model.addNode(key, { ...attributes, ...positions[key] });
    for (const edge of edges) model.mergeEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);

    let hovered: string | null = null;
    let neighbours = new Set<string>();
    // What is lit: the network pointed at, else the one in focus.
    const active = () => hovered ?? (focusRef.current && model.hasNode(focusRef.current) ? focusRef.current : null);
    const neighboursOf = (node: string | null) => new Set(node ? model.neighbors(node) : []);
    let renderer: Sigma<MapNodeAttributes>;
    const density = mapDensity(model.order);
    try {
      renderer = new Sigma<MapNodeAttributes>(model, container.current, {
        defaultNodeType: 'shape',
        nodeProgramClasses: { shape: NodeShapeProgram<MapNodeAttributes> },
        defaultEdgeColor: EDGE_COLOR,
        labelRenderedSizeThreshold: LABEL_SIZE_THRESHOLD * (density.maxSize / MAX_NODE_SIZE),
        labelFont: 'system-ui, sans-serif',
        labelSize: 13,
        labelDensity: density.labelDensity,
        labelGridCellSize: density.labelGridCellSize,
        zIndex: true,
        hideEdgesOnMove: model.size > 2000,
        // Hovering a network lights up its ties and names its neighbours.
        nodeReducer: (node, data) => {
          const shown: Partial<NodeDisplayData> = { ...data, zIndex: data.size };
          const lit = active();
          if (!lit) return shown;
          if (node === lit) return { ...shown, highlighted: true, forceLabel: true, zIndex: 1000 };
          if (neighbours.has(node)) return { ...shown, forceLabel: true, zIndex: 500 };
          return { ...shown, color: DIMMED_COLOR, ringColor: DIMMED_COLOR, label: '', zIndex: 0 } as Partial<NodeDisplayData>;
        },
        edgeReducer: (edge, data) => {
          const lit = active();
          if (!lit) return data;
          return model.hasExtremity(edge, lit) ? { ...data, color: '#495057', size: 2 } : { ...data, hidden: true };
        },
      });
    } catch {
      // WebGL was there but would not start: leave the box empty; the table is next to it.
      return;
    }
    sigmaRef.current = renderer;
    // Sigma draws once as it starts; journeys wait for this mark before a screenshot instead of sleeping.
    const canvasBox = container.current;
    canvasBox.dataset.drawn = 'true';
    const refresh = () => renderer.refresh({ skipIndexation: true });
    renderer.on('enterNode', ({ node }) => {
      hovered = node;
      neighbours = new Set(model.neighbors(node));
      container.current?.style.setProperty('cursor', 'pointer');
      refresh();
    });
    renderer.on('leaveNode', () => {
      hovered = null;
      neighbours = neighboursOf(active());
      container.current?.style.removeProperty('cursor');
      refresh();
    });
    renderer.on('clickNode', ({ node }) => openRef.current(model.getNodeAttribute(node, 'slug')));
    // Centres the focused network, with its neighbourhood lit and in view; or shows the whole map again.
    const applyFocus = () => {
      const node = active();
      neighbours = neighboursOf(node);
      refresh();
      const shown = node ? renderer.getNodeDisplayData(node) : undefined;
      void renderer
        .getCamera()
        .animate(shown ? { x: shown.x, y: shown.y, ratio: focusRatio(renderer, shown, neighbours) } : HOME, { duration: 400 });
    };
    applyFocusRef.current = applyFocus;
    if (focusRef.current) applyFocus();
    return () => {
      applyFocusRef.current = () => {};
      sigmaRef.current = null;
      delete canvasBox.dataset.drawn;
      renderer.kill();
    };
  }, [positions, nodes, edges, webgl]);

  const camera = () => sigmaRef.current?.getCamera();

  if (!webgl) {
    return (
      <Alert color="yellow" variant="light" title={t('networks.map.noWebglTitle')}>
        {t('networks.map.noWebglBody')}
      </Alert>
    );
  }

  return (
    <Box pos="relative">
      {/* The canvas is one picture to assistive technology; the table after it is the way in for keyboard and screen-reader users. */}
      <Box
        ref={container}
        role="img"
        aria-label={summary}
        data-testid="network-map-canvas"
        h={{ base: 420, md: 600 }}
        style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-md)', background: '#fff' }}
      />
      {!positions && (
        <Box pos="absolute" inset={0}>
          <LoadingState label={t('networks.map.arranging')} />
        </Box>
      )}
      <Group gap="xs" mt="xs">
        <Button size="xs" variant="default" onClick={() => void camera()?.animatedZoom()}>
          {t('networks.map.zoomIn')}
        </Button>
        <Button size="xs" variant="default" onClick={() => void camera()?.animatedUnzoom()}>
          {t('networks.map.zoomOut')}
        </Button>
        <Button size="xs" variant="default" onClick={() => void camera()?.animatedReset()}>
          {t('networks.map.zoomReset')}
        </Button>
      </Group>
    </Box>
  );
}
