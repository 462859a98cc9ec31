import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../../common/access/request-context.js';
import type { DirectoryMatchArgs } from '../directory/dtos/directory-match.args.js';
import { LifecycleStage } from '../network.enums.js';
import { NetworksError, networksError } from '../networks.errors.js';
import { GraphEdge } from './graph-edge.model.js';
import type { GraphMetrics } from './graph-metrics.js';
import { GraphNode } from './graph-node.model.js';
import { GraphWorkPool } from './graph-work.pool.js';
import { NetworkGraph } from './network-graph.model.js';
import { NetworkGraphRepository, type EdgeRow, type NodeRow } from './network-graph.repository.js';

const byName = new Intl.Collator('en', { sensitivity: 'base' }).compare;

/**
 * The membership graph as a viewer may see it: networks they cannot see are
 * left out with all their ties, and walks never pass through them.
 */
@Injectable()
export class NetworkGraphService {
  constructor(
    private readonly repository: NetworkGraphRepository,
    private readonly workers: GraphWorkPool,
  ) {}

  /** Every network within `depth` active ties of the one at `slug`, in either direction; NOT_FOUND if it is not visible. */
  async neighbourhood(slug: string, depth: number, viewer: Viewer | null): Promise<NetworkGraph> {
    const nodes = await this.repository.neighbourhood(slug, depth, viewer);
    if (nodes.length === 0) throw networksError(NetworksError.NotFound);
    return this.graphOf(nodes, viewer);
  }

  /** The directory's networks that match the search and filters, as the viewer may see them (for the map). */
  async directory(args: DirectoryMatchArgs, viewer: Viewer | null): Promise<NetworkGraph> {
    return this.graphOf(await this.repository.matching(args, viewer), viewer);
  }

  /** These networks, the ties among them, and a count of their ties to visible networks outside them. */
  private async graphOf(nodes: NodeRow[], viewer: Viewer | null): Promise<NetworkGraph> {
    const ids = nodes.map((n) => n.id);
    const [edges, outsideTieCount] = await Promise.all([this.repository.edgesAmong(ids), this.repository.outsideTieCount(ids, viewer)]);
    const within = new Set(ids);
    // Only ties with both ends in the graph count.
    const edgesWithin = edges.filter((e) => within.has(e.source) && within.has(e.target));
    const metrics = await this.workers.metrics({ ids: [...within], edges: edgesWithin.map(({ source, target }) => ({ source, target })) });
    return this.toGraph(nodes, edgesWithin, metrics, outsideTieCount);
  }

  private toGraph(nodeRows: NodeRow[], edgesWithin: EdgeRow[], metrics: GraphMetrics, outsideTieCount: number): NetworkGraph {
    const nodes = nodeRows.map((row) => {
      const m = metrics.nodes.get(row.id)!;
      return Object.assign(new GraphNode(), {
        id: row.id,
        slug: row.slug,
        name: row.name,
        kind: row.kind,
        region: row.region,
        sectors: row.sectors,
        isClosed: row.lifecycleStage === LifecycleStage.CLOSED,
        degree: m.degree,
        betweenness: m.betweenness,
        isBridge: m.isBridge,
        cluster: m.cluster,
      });
    });
    nodes.sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || byName(a.name, b.name) || (a.id < b.id ? -1 : 1));
    const edges = edgesWithin.map((row) =>
      Object.assign(new GraphEdge(), { id: row.id, source: row.source, target: row.target, tieType: row.tieType }),
    );
    return Object.assign(new NetworkGraph(), {
      nodes,
      edges,
      nodeCount: nodes.length,
      edgeCount: edges.length,
      outsideTieCount,
      isBetweennessEstimated: metrics.betweennessEstimated,
    });
  }
}
