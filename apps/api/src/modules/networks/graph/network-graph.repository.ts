import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Viewer } from '../../../common/access/request-context.js';
import { InjectDb, type Db } from '../../../database/database.js';
import { DirectorySearchRepository } from '../directory/directory-search.repository.js';
import type { DirectoryMatchArgs } from '../directory/dtos/directory-match.args.js';
import type { LifecycleStage, NetworkKind, Region, Sector } from '../network.enums.js';
import { visibleNetworkRow } from '../networks.fragments.js';
import { MembershipStatus, type TieType } from '../ties/network-membership.entity.js';

export interface NodeRow {
  id: string;
  slug: string;
  name: string;
  kind: NetworkKind;
  region: Region | null;
  sectors: Sector[];
  lifecycleStage: LifecycleStage;
}

export interface EdgeRow {
  id: string;
  source: string;
  target: string;
  tieType: TieType;
}

const NODE_COLUMNS = sql.raw('n.id, n.slug, n.name, n.kind, n.region, n.sectors, n.lifecycle_stage');
const ACTIVE = sql.lit(MembershipStatus.ACTIVE);

/** The membership graph's SQL: walks over active ties among the networks a viewer may see. */
@Injectable()
export class NetworkGraphRepository {
  constructor(
    @InjectDb() private readonly db: Db,
    private readonly directory: DirectorySearchRepository,
  ) {}

  /** Every network the viewer may see within `depth` active ties of the one at `slug`, in either direction. */
  async neighbourhood(slug: string, depth: number, viewer: Viewer | null): Promise<NodeRow[]> {
    // One walk over both directions; UNION drops repeats of (network, depth), so
    // each step holds each network at most once and the walk stays small.
    const { rows } = await sql<NodeRow>`WITH RECURSIVE walk(id, depth) AS (
         SELECT c.id, 0 FROM networks c WHERE c.slug = ${slug} AND ${visibleNetworkRow('c', viewer)}
         UNION
         SELECT o.id, w.depth + 1
         FROM walk w
         CROSS JOIN LATERAL (
           SELECT m.parent_id AS other FROM network_memberships m WHERE m.member_id = w.id AND m.status = ${ACTIVE}
           UNION ALL
           SELECT m.member_id FROM network_memberships m WHERE m.parent_id = w.id AND m.status = ${ACTIVE}
         ) tie
         JOIN networks o ON o.id = tie.other AND ${visibleNetworkRow('o', viewer)}
         WHERE w.depth < ${depth}
       )
       SELECT ${NODE_COLUMNS} FROM networks n WHERE n.id IN (SELECT id FROM walk)`.execute(this.db);
    return rows;
  }

  /** The directory's networks that match the search and filters, as the viewer may see them (the same matching as the list). */
  async matching(args: DirectoryMatchArgs, viewer: Viewer | null): Promise<NodeRow[]> {
    const { rows } =
      await sql<NodeRow>`WITH matched AS ${this.directory.matchingIds(args, viewer)} SELECT ${NODE_COLUMNS} FROM networks n WHERE n.id IN (SELECT id FROM matched)`.execute(
        this.db,
      );
    return rows;
  }

  /**
   * How many active ties lead from these networks to networks outside them that the viewer may see
   * (a tie to a members-only network they are not in is not counted: the count must not tell of it).
   */
  async outsideTieCount(ids: string[], viewer: Viewer | null): Promise<number> {
    // `IN (SELECT …)` is a hashed lookup; `= ANY(array)` would compare every id for every tie (the whole
    // directory's map is 10,000 networks and 49,000 ties on the scale data).
    const { rows } = await sql<{ count: number }>`WITH inside AS (SELECT unnest(${ids}::uuid[]) AS id)
       SELECT count(*)::int AS count FROM network_memberships m
       JOIN networks o ON o.id = CASE WHEN m.member_id IN (SELECT id FROM inside) THEN m.parent_id ELSE m.member_id END
       WHERE m.status = ${ACTIVE} AND (m.member_id IN (SELECT id FROM inside)) <> (m.parent_id IN (SELECT id FROM inside))
         AND ${visibleNetworkRow('o', viewer)}`.execute(this.db);
    return rows[0]?.count ?? 0;
  }

  /** The active ties with both ends among these networks. */
  async edgesAmong(ids: string[]): Promise<EdgeRow[]> {
    const { rows } = await sql<EdgeRow>`SELECT m.id, m.member_id AS source, m.parent_id AS target, m.tie_type FROM network_memberships m
       WHERE m.status = ${ACTIVE} AND m.member_id = ANY(${ids}::uuid[]) AND m.parent_id = ANY(${ids}::uuid[])`.execute(this.db);
    return rows;
  }
}
