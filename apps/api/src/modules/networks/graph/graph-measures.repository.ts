import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Viewer } from '../../../common/access/request-context.js';
import { InjectDb, type Db } from '../../../database/database.js';
import { datedTies, visibleNetworkRow } from '../networks.fragments.js';

/**
 * The whole map a viewer may see, compactly: the networks by id (sorted, as PostgreSQL orders uuids, which is
 * also their order as strings), and each active tie between two of them as indices into `ids` with when it was made.
 */
export interface DatedMap {
  ids: string[];
  /** Tie e joins ids[ends[2e]] and ids[ends[2e + 1]]. */
  ends: Int32Array;
  /** When tie e was made (ms since the epoch). */
  madeAt: Float64Array;
}

/** The SQL behind the map's measures for other modules (GraphMeasuresService). */
@Injectable()
export class GraphMeasuresRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** One statement; ties come back as integer indices, which is much less to send and parse than pairs of uuids. */
  async datedMap(viewer: Viewer | null): Promise<DatedMap> {
    const { rows } = await sql<{ ids: string[] | null; ends: number[] | null; madeAt: number[] | null }>`
      WITH seen AS MATERIALIZED (
        SELECT n.id, (row_number() OVER (ORDER BY n.id) - 1)::int AS i FROM networks AS n WHERE ${visibleNetworkRow('n', viewer)}
      )
      SELECT (SELECT array_agg(seen.id ORDER BY seen.i) FROM seen) AS ids,
             array_agg(pair.i ORDER BY t.id, pair.side) AS ends,
             array_agg(extract(epoch FROM t.made_at) * 1000 ORDER BY t.id) FILTER (WHERE pair.side = 0) AS made_at
        FROM (${datedTies()}) AS t
        JOIN seen AS p ON p.id = t.parent_id
        JOIN seen AS m ON m.id = t.member_id
        CROSS JOIN LATERAL (VALUES (0, p.i), (1, m.i)) AS pair(side, i)`.execute(this.db);
    const row = rows[0];
    return {
      ids: row?.ids ?? [],
      ends: Int32Array.from(row?.ends ?? []),
      madeAt: Float64Array.from((row?.madeAt ?? []).map(Number)),
    };
  }
}
