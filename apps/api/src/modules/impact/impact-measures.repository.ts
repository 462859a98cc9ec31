import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Viewer } from '../../common/access/request-context.js';
import { InjectDb, type Db } from '../../database/database.js';
import { asksMetAcrossNetworks } from '../asks-offers/asks-offers.fragments.js';
import { scaleAnswers } from '../feedback/feedback.fragments.js';
import { FeedbackStage, SCALES } from '../feedback/feedback.enums.js';
import {
  convenerNetworks,
  invitationCascade,
  networksCameFor,
  placesHeld,
  placesThroughInvitations,
} from '../gatherings/gatherings.fragments.js';
import { datedTies, sectorsOf, visibleNetwork } from '../networks/networks.fragments.js';
import { confirmedTies } from '../relationships/relationships.fragments.js';

/**
 * What an answer counts: by gathering (a gathering and its follow-ups: periods are the gatherings) or by
 * network (periods are calendar quarters). `periods[i]` is the period of `gatheringIds[i]`.
 */
export interface MeasureScope {
  byGathering: boolean;
  gatheringIds: string[];
  periods: string[];
  networkIds: string[];
  from: Date | null;
  until: Date | null;
}

/** A row per period and one for the whole answer (`period` null): the counts and the people they rest on. */
interface Grouped {
  period: string | null;
}
export interface TieCounts extends Grouped {
  total: number;
  acrossNetworks: number;
  acrossSectors: number;
  people: number;
  peopleAcrossNetworks: number;
  peopleAcrossSectors: number;
}
export interface NetworkTieCounts extends Grouped {
  ties: number;
  people: number;
}
export interface ReachCounts extends Grouped {
  networks: number;
  depth: number | null;
  registrations: number;
  people: number;
}
export interface AskCounts extends Grouped {
  asks: number;
  people: number;
}
/** Per scale s: `${s}After`, `${s}AfterN`, `${s}Before`, `${s}Change`, `${s}PairedN`. */
export interface FeedbackCounts extends Grouped {
  responses: number;
  respondents: number;
  places: number;
  [scaleFigure: string]: number | string | null;
}

/** `column` is one of the ids in `ids` — a hashed lookup (`= ANY(array)` would compare every element for every row). */
const oneOf = (column: string, ids: readonly string[]) => sql`${sql.raw(column)} IN (SELECT unnest(${[...ids]}::uuid[]))`;
const quarterOf = (ts: string) => sql.raw(`to_char(${ts} AT TIME ZONE 'UTC', 'YYYY-"Q"Q')`);
const periodOfGathering = (scope: MeasureScope, gathering: string) =>
  sql`(SELECT gp.period FROM unnest(${scope.gatheringIds}::uuid[], ${scope.periods}::text[]) AS gp(id, period) WHERE gp.id = ${sql.raw(gathering)})`;
const inRange = (scope: MeasureScope, ts: string) =>
  sql`(${scope.from}::timestamptz IS NULL OR ${sql.raw(ts)} >= ${scope.from}) AND (${scope.until}::timestamptz IS NULL OR ${sql.raw(ts)} < ${scope.until})`;

/**
 * The figures of the impact view, each one statement for the whole answer whatever the number of gatherings,
 * networks and periods (GROUPING SETS give every period and the total at once). Counts carry the number of
 * distinct people they rest on, so the service can suppress what rests on fewer than five; no person leaves here.
 */
@Injectable()
export class ImpactMeasuresRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** New confirmed ties: where made (by gathering), or when confirmed (by network: either person came for one of the networks). */
  async ties(scope: MeasureScope, viewer: Viewer | null): Promise<TieCounts[]> {
    const where = scope.byGathering
      ? sql`c.gathering_id = ANY(${scope.gatheringIds}::uuid[])`
      : sql`c.id IN (SELECT inScope.id FROM (${confirmedTies()}) AS inScope
            CROSS JOIN LATERAL unnest(inScope.first_network_ids || inScope.second_network_ids) AS came(id) WHERE ${oneOf('came.id', scope.networkIds)})
          AND ${inRange(scope, 'c.confirmed_at')}`;
    const period = scope.byGathering ? periodOfGathering(scope, 'c.gathering_id') : quarterOf('c.confirmed_at');
    const { rows } = await sql<TieCounts>`
      WITH c AS MATERIALIZED (SELECT * FROM (${confirmedTies()}) AS c WHERE ${where}),
      t AS (
        SELECT c.id, c.first_person_id, c.second_person_id, ${period} AS period,
          (cardinality(c.first_network_ids) > 0 AND cardinality(c.second_network_ids) > 0
            AND NOT (c.first_network_ids && c.second_network_ids)) AS across_networks,
          (cardinality(sec.first) > 0 AND cardinality(sec.second) > 0 AND NOT (sec.first && sec.second)) AS across_sectors
          FROM c CROSS JOIN LATERAL (SELECT ${sectorsOf(sql.ref('c.firstNetworkIds'), viewer)} AS first,
                                            ${sectorsOf(sql.ref('c.secondNetworkIds'), viewer)} AS second) AS sec
      )
      SELECT CASE WHEN GROUPING(t.period) = 1 THEN NULL ELSE t.period END AS period,
        count(DISTINCT t.id)::int AS total,
        count(DISTINCT t.id) FILTER (WHERE t.across_networks)::int AS across_networks,
        count(DISTINCT t.id) FILTER (WHERE t.across_sectors)::int AS across_sectors,
        count(DISTINCT p.person)::int AS people,
        count(DISTINCT p.person) FILTER (WHERE t.across_networks)::int AS people_across_networks,
        count(DISTINCT p.person) FILTER (WHERE t.across_sectors)::int AS people_across_sectors
        FROM t CROSS JOIN LATERAL (VALUES (t.first_person_id), (t.second_person_id)) AS p(person)
       GROUP BY GROUPING SETS ((t.period), ())`.execute(this.db);
    return rows;
  }

  /**
   * Ties between networks (memberships, both networks ones the viewer may see) made after people who came for
   * the two had met and confirmed it: by the gathering where they first met, or by the quarter the tie was made.
   */
  async networkTies(scope: MeasureScope, viewer: Viewer | null): Promise<NetworkTieCounts[]> {
    const metWhere = scope.byGathering ? sql`c.gathering_id = ANY(${scope.gatheringIds}::uuid[])` : sql`true`;
    const tieWhere = scope.byGathering
      ? sql`true`
      : sql`(${oneOf('m.parent_id', scope.networkIds)} OR ${oneOf('m.member_id', scope.networkIds)}) AND ${inRange(scope, 'm.made_at')}`;
    const period = scope.byGathering ? periodOfGathering(scope, 'h.gathering_id') : quarterOf('h.made_at');
    const { rows } = await sql<NetworkTieCounts>`
      WITH c AS (SELECT * FROM (${confirmedTies()}) AS c WHERE ${metWhere}),
      m AS (
        SELECT * FROM (${datedTies()}) AS m
         WHERE ${tieWhere} AND ${visibleNetwork(sql.ref('m.parentId'), viewer)} AND ${visibleNetwork(sql.ref('m.memberId'), viewer)}
      ),
      hits AS (
        SELECT m.id AS tie_id, m.made_at, c.gathering_id, c.confirmed_at, c.first_person_id, c.second_person_id
          FROM m JOIN c ON c.confirmed_at < m.made_at
           AND ((m.parent_id = ANY(c.first_network_ids) AND m.member_id = ANY(c.second_network_ids))
             OR (m.member_id = ANY(c.first_network_ids) AND m.parent_id = ANY(c.second_network_ids)))
      ),
      firsts AS (SELECT DISTINCT ON (h.tie_id) h.tie_id, ${period} AS period FROM hits h ORDER BY h.tie_id, h.confirmed_at)
      SELECT CASE WHEN GROUPING(f.period) = 1 THEN NULL ELSE f.period END AS period,
        count(DISTINCT f.tie_id)::int AS ties, count(DISTINCT p.person)::int AS people
        FROM firsts f JOIN hits h ON h.tie_id = f.tie_id
        CROSS JOIN LATERAL (VALUES (h.first_person_id), (h.second_person_id)) AS p(person)
       GROUP BY GROUPING SETS ((f.period), ())`.execute(this.db);
    return rows;
  }

  /** The invitation cascade of the gatherings: networks reached (that the viewer may see), longest chain, places taken through it. */
  async reach(scope: MeasureScope, viewer: Viewer | null): Promise<ReachCounts[]> {
    const { rows } = await sql<ReachCounts>`
      WITH RECURSIVE gp AS (SELECT * FROM unnest(${scope.gatheringIds}::uuid[], ${scope.periods}::text[]) AS gp(id, period)),
      inv AS (SELECT i.* FROM (${invitationCascade()}) AS i WHERE i.gathering_id = ANY(${scope.gatheringIds}::uuid[])),
      tree AS (
        SELECT inv.id, inv.gathering_id, 1 AS depth FROM inv WHERE inv.parent_id IS NULL
        UNION ALL
        SELECT inv.id, inv.gathering_id, tree.depth + 1 FROM inv JOIN tree ON inv.parent_id = tree.id WHERE tree.depth < 50
      ),
      came AS (SELECT r.* FROM (${placesThroughInvitations()}) AS r WHERE r.gathering_id = ANY(${scope.gatheringIds}::uuid[])),
      reached AS (
        SELECT inv.gathering_id, inv.network_id FROM inv WHERE inv.network_id IS NOT NULL
        UNION SELECT came.gathering_id, unnest(came.representing_network_ids) FROM came
      ),
      facts AS (
        SELECT r.gathering_id, 'network' AS kind, r.network_id::text AS value FROM reached r
         WHERE ${visibleNetwork(sql.ref('r.networkId'), viewer)}
        UNION ALL SELECT tree.gathering_id, 'depth', tree.depth::text FROM tree
        UNION ALL SELECT came.gathering_id, 'place', came.gathering_id::text || came.person_id::text FROM came
        UNION ALL SELECT came.gathering_id, 'person', came.person_id::text FROM came
        UNION ALL SELECT inv.gathering_id, 'person', inv.issued_by_id::text FROM inv
      )
      SELECT CASE WHEN GROUPING(gp.period) = 1 THEN NULL ELSE gp.period END AS period,
        count(DISTINCT f.value) FILTER (WHERE f.kind = 'network')::int AS networks,
        max(f.value::int) FILTER (WHERE f.kind = 'depth') AS depth,
        count(DISTINCT f.value) FILTER (WHERE f.kind = 'place')::int AS registrations,
        count(DISTINCT f.value) FILTER (WHERE f.kind = 'person')::int AS people
        FROM facts f JOIN gp ON gp.id = f.gathering_id
       GROUP BY GROUPING SETS ((gp.period), ())`.execute(this.db);
    return rows;
  }

  /** Asks of one network met by another (both ones the viewer may see): posted during the gatherings, or closed in range by network. */
  async asksMet(scope: MeasureScope, viewer: Viewer | null): Promise<AskCounts[]> {
    const where = scope.byGathering
      ? sql`a.gathering_id = ANY(${scope.gatheringIds}::uuid[])`
      : sql`(${oneOf('a.network_id', scope.networkIds)} OR ${oneOf('a.met_by_network_id', scope.networkIds)}) AND ${inRange(scope, 'a.closed_at')}`;
    const period = scope.byGathering ? periodOfGathering(scope, 'a.gathering_id') : quarterOf('a.closed_at');
    const { rows } = await sql<AskCounts>`
      WITH a AS (
        SELECT a.*, ${period} AS period FROM (${asksMetAcrossNetworks()}) AS a
         WHERE ${where} AND ${visibleNetwork(sql.ref('a.networkId'), viewer)} AND ${visibleNetwork(sql.ref('a.metByNetworkId'), viewer)}
      )
      SELECT CASE WHEN GROUPING(a.period) = 1 THEN NULL ELSE a.period END AS period,
        count(DISTINCT a.id)::int AS asks, count(DISTINCT p.person)::int AS people
        FROM a CROSS JOIN LATERAL (VALUES (a.posted_by_id), (a.offer_posted_by_id)) AS p(person)
       GROUP BY GROUPING SETS ((a.period), ())`.execute(this.db);
    return rows;
  }

  /**
   * The after forms of the gatherings, each person's paired with their before form (the earliest at `beforeIds`,
   * the starts of the series), and the places held (for the response rate).
   */
  async feedback(scope: MeasureScope, beforeIds: readonly string[]): Promise<FeedbackCounts[]> {
    const perScale = SCALES.map(
      (s) => `avg(x.${s})::float AS ${s}_after, count(x.${s})::int AS ${s}_after_n,
        avg(b.${s}) FILTER (WHERE x.${s} IS NOT NULL)::float AS ${s}_before,
        avg(x.${s} - b.${s})::float AS ${s}_change, count(x.${s} - b.${s})::int AS ${s}_paired_n`,
    ).join(',\n');
    const scaleColumns = SCALES.flatMap((s) => ['after', 'after_n', 'before', 'change', 'paired_n'].map((f) => `answers.${s}_${f}`)).join(
      ', ',
    );
    const { rows } = await sql<FeedbackCounts>`
      WITH gp AS (SELECT * FROM unnest(${scope.gatheringIds}::uuid[], ${scope.periods}::text[]) AS gp(id, period)),
      x AS (
        SELECT gp.period, a.* FROM (${scaleAnswers()}) AS a JOIN gp ON gp.id = a.gathering_id WHERE a.stage = ${FeedbackStage.AFTER}
      ),
      b AS (
        SELECT DISTINCT ON (a.person_id) a.* FROM (${scaleAnswers()}) AS a
         WHERE a.stage = ${FeedbackStage.BEFORE} AND a.gathering_id = ANY(${[...beforeIds]}::uuid[])
           AND a.person_id IN (SELECT x.person_id FROM x)
         ORDER BY a.person_id, a.gathering_id
      ),
      answers AS (
        SELECT CASE WHEN GROUPING(x.period) = 1 THEN '' ELSE x.period END AS k,
          count(*)::int AS responses, count(DISTINCT x.person_id)::int AS respondents,
          ${sql.raw(perScale)}
          FROM x LEFT JOIN b ON b.person_id = x.person_id
         GROUP BY GROUPING SETS ((x.period), ())
      ),
      places AS (
        SELECT CASE WHEN GROUPING(gp.period) = 1 THEN '' ELSE gp.period END AS k, count(*)::int AS places
          FROM (${placesHeld()}) AS p JOIN gp ON gp.id = p.gathering_id
         GROUP BY GROUPING SETS ((gp.period), ())
      )
      SELECT nullif(k, '') AS period, coalesce(answers.responses, 0) AS responses,
        coalesce(answers.respondents, 0) AS respondents, coalesce(places.places, 0) AS places, ${sql.raw(scaleColumns)}
        FROM answers FULL JOIN places USING (k)`.execute(this.db);
    return rows;
  }

  /** The networks that convened the gatherings or that people came for there, that the viewer may see. */
  async gatheringNetworks(gatheringIds: readonly string[], viewer: Viewer | null): Promise<string[]> {
    const { rows } = await sql<{ id: string }>`
      SELECT DISTINCT x.network_id AS id FROM (
        SELECT cn.network_id FROM (${convenerNetworks()}) AS cn WHERE cn.gathering_id = ANY(${[...gatheringIds]}::uuid[])
        UNION SELECT cf.network_id FROM (${networksCameFor()}) AS cf WHERE cf.gathering_id = ANY(${[...gatheringIds]}::uuid[])
      ) AS x WHERE ${visibleNetwork(sql.ref('x.networkId'), viewer)}`.execute(this.db);
    return rows.map((r) => r.id);
  }
}
