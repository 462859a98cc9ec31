import type { TFunction } from 'i18next';
import type { GraphData } from '../../utils/network-map-style';

/** What a map shows, in one sentence (its heading's summary and the canvas's name for screen readers). */
export function mapSummary(t: TFunction<'networks'>, graph: Pick<GraphData, 'nodeCount' | 'edgeCount' | 'nodes'>): string {
  return t('networks.map.summary', {
    networks: t('networks.map.networkCount', { count: graph.nodeCount }),
    ties: t('networks.map.tieCount', { count: graph.edgeCount }),
    bridges: t('networks.map.bridgeCount', { count: graph.nodes.filter((node) => node.isBridge).length }),
  });
}
