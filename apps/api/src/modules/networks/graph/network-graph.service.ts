import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../../common/access/request-context.js';
import type { DirectoryMatchArgs } from '../directory/dtos/directory-match.args.js';
import { LifecycleStage, NetworkKind, Sector } from '../network.enums.js';
import { MembershipStatus, TieType } from '../ties/network-membership.entity.js';
import { visibleNetworkCondition } from '../network-visibility.js';
import { NetworksDirectoryService } from '../directory/networks-directory.service.js';
import { NetworksError, networksError } from '../networks.errors.js';
import { computeGraphMetrics } from './graph-metrics.js';
import { GraphEdge } from './graph-edge.model.js';
import { GraphNode } from './graph-node.model.js';
import { NetworkGraph } from './network-graph.model.js';

interface NodeRow {
  id: string;
  slug: string;
  name: string;
  kind: NetworkKind;
  region: string | null;
  sectors: Sector[];
  lifecycle_stage: LifecycleStage;
}

interface EdgeRow {
  id: string;
  source: string;
  target: string;
  tie_type: TieType;
}

const NODE_COLUMNS = 'n.id, n.slug, n.name, n.kind, n.region, n.sectors, n.lifecycle_stage';
const EDGE_COLUMNS = 'm.id, m.member_id AS source, m.parent_id AS target, m.tie_type';
const ACTIVE = `'${MembershipStatus.ACTIVE}'`;
const byName = new Intl.Collator('en', { sensitivity: 'base' }).compare;

/**
 * The membership graph as a viewer may see it: networks they cannot see are
 * left out with all their ties, and walks never pass through them.
 */
@Injectable()
export class NetworkGraphService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directoryList: NetworksDirectoryService,
  ) {}

  /** Every network within `depth` active ties of the one at `slug`, in either direction; NOT_FOUND if it is not visible. */
  async neighbourhood(slug: string, depth: number, viewer: Viewer | null): Promise<NetworkGraph> {
    const visibleCentre = visibleNetworkCondition('c', viewer);
    const visibleOther = visibleNetworkCondition('o', viewer);
    // One walk over both directions; UNION drops repeats of (network, depth), so
    // each step holds each network at most once and the walk stays small.
    const nodes = await this.query<NodeRow>(
      `WITH RECURSIVE walk(id, depth) AS (
         SELECT c.id, 0 FROM networks c WHERE c.slug = :slug AND ${visibleCentre.sql}
         UNION
         SELECT o.id, w.depth + 1
         FROM walk w
         CROSS JOIN LATERAL (
           SELECT m.parent_id AS other FROM network_memberships m WHERE m.member_id = w.id AND m.status = ${ACTIVE}
           UNION ALL
           SELECT m.member_id FROM network_memberships m WHERE m.parent_id = w.id AND m.status = ${ACTIVE}
         ) tie
         JOIN networks o ON o.id = tie.other AND ${visibleOther.sql}
         WHERE w.depth < :depth
       )
       SELECT ${NODE_COLUMNS} FROM networks n WHERE n.id IN (SELECT id FROM walk)`,
      { slug, depth, ...visibleCentre.params, ...visibleOther.params },
    );
    if (nodes.length === 0) throw networksError(NetworksError.NotFound);
    return this.toGraph(nodes, await this.edgesAmong(nodes));
  }

  /** The directory's networks that match the search and filters, as the viewer may see them (for the map). */
  async directory(args: DirectoryMatchArgs, viewer: Viewer | null): Promise<NetworkGraph> {
    // The same matching as the list (visibility included), so the map and the list agree.
    const [matched, params] = this.directoryList.matching(args, viewer).select('n.id', 'id').getQueryAndParameters();
    const nodes: NodeRow[] = await this.dataSource.query(
      `WITH matched AS (${matched}) SELECT ${NODE_COLUMNS} FROM networks n WHERE n.id IN (SELECT id FROM matched)`,
      params,
    );
    return this.toGraph(nodes, await this.edgesAmong(nodes));
  }

  /** The active ties with both ends among these networks. */
  private edgesAmong(nodes: NodeRow[]): Promise<EdgeRow[]> {
    const ids = nodes.map((n) => n.id);
    return this.query<EdgeRow>(
      `SELECT ${EDGE_COLUMNS} FROM network_memberships m
       WHERE m.status = ${ACTIVE} AND m.member_id = ANY(:ids::uuid[]) AND m.parent_id = ANY(:ids::uuid[])`,
      { ids },
    );
  }

  private async query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return (await this.dataSource.query(text, values)) as T[];
  }

  private toGraph(nodeRows: NodeRow[], edgeRows: EdgeRow[]): NetworkGraph {
    const ids = new Set(nodeRows.map((n) => n.id));
    // Only ties with both ends in the graph count.
    const edgesWithin = edgeRows.filter((e) => ids.has(e.source) && ids.has(e.target));
    const metrics = computeGraphMetrics([...ids], edgesWithin);

    const nodes = nodeRows.map((row) => {
      const m = metrics.nodes.get(row.id)!;
      return Object.assign(new GraphNode(), {
        id: row.id,
        slug: row.slug,
        name: row.name,
        kind: row.kind,
        region: row.region,
        sectors: row.sectors,
        isClosed: row.lifecycle_stage === LifecycleStage.CLOSED,
        degree: m.degree,
        betweenness: m.betweenness,
        isBridge: m.isBridge,
        cluster: m.cluster,
      });
    });
    nodes.sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || byName(a.name, b.name) || (a.id < b.id ? -1 : 1));
    const edges = edgesWithin.map((row) =>
      Object.assign(new GraphEdge(), { id: row.id, source: row.source, target: row.target, tieType: row.tie_type }),
    );
    return Object.assign(new NetworkGraph(), {
      nodes,
      edges,
      nodeCount: nodes.length,
      edgeCount: edges.length,
      isBetweennessEstimated: metrics.betweennessEstimated,
    });
  }
}
