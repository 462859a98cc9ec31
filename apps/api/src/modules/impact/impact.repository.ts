import { Injectable } from '@nestjs/common';
import { sql, type SqlBool } from 'kysely';
import type { Viewer } from '../../common/access/request-context.js';
import { InjectDb, type Db } from '../../database/database.js';
import { GatheringRole, GatheringStatus } from '../gatherings/gathering.enums.js';
import { convenerNetworks, followUpsFrom, gatheringHeadlines, seriesStartOf } from '../gatherings/gatherings.fragments.js';
import { NetworkRole } from '../networks/network.enums.js';
import { coalitionAndMembers, networkSummaries } from '../networks/networks.fragments.js';
import { holdsRole } from '../roles/roles.fragments.js';
import { ImpactMeasure, MEASURES } from './impact.enums.js';

/** Who may see every measure of a network's impact and choose what it publishes. */
export const IMPACT_PUBLISHERS = [NetworkRole.FACILITATOR];

export interface GatheringSubject {
  id: string;
  slug: string;
  title: string;
  status: GatheringStatus;
  full: boolean;
  published: ImpactMeasure[];
}

export interface NetworkSubject {
  id: string;
  slug: string;
  name: string;
  kind: string;
  full: boolean;
  published: ImpactMeasure[];
}

export interface ScopeGathering {
  id: string;
  slug: string;
  title: string;
  startsAt: Date;
}

const noOne = sql<SqlBool>`false`;
const orderedMeasures = (measures: readonly string[] | null) => MEASURES.filter((m) => (measures ?? []).includes(m));

/** The impact module's SQL on impact_publications, and who and what an impact answer is about. */
@Injectable()
export class ImpactRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** The gathering `slug` with whether the viewer sees its impact in full, and what all its convening networks publish (one statement). */
  async gatheringSubject(slug: string, viewer: Viewer | null): Promise<GatheringSubject | undefined> {
    const person = viewer?.personId;
    const full = viewer?.isPlatformAdmin
      ? sql<SqlBool>`true`
      : person
        ? sql<SqlBool>`(${holdsRole('gathering', sql.ref<string>('g.id'), person, [GatheringRole.CONVENER])} OR EXISTS (
            SELECT 1 FROM (${convenerNetworks()}) cn WHERE cn.gathering_id = g.id
               AND ${holdsRole('network', sql.ref<string>('cn.networkId'), person, IMPACT_PUBLISHERS)}))`
        : noOne;
    const { rows } = await sql<GatheringSubject>`
      SELECT g.id, g.slug, g.title, g.status, ${full} AS full,
        (SELECT CASE WHEN count(*) = 0 THEN '{}'::text[] ELSE (
           SELECT coalesce(array_agg(m.measure), '{}') FROM unnest(${MEASURES}::text[]) AS m(measure)
            WHERE NOT EXISTS (SELECT 1 FROM (${convenerNetworks()}) cn2 WHERE cn2.gathering_id = g.id AND NOT EXISTS (
              SELECT 1 FROM impact_publications p WHERE p.network_id = cn2.network_id AND p.measure = m.measure))) END
           FROM (${convenerNetworks()}) cn3 WHERE cn3.gathering_id = g.id) AS published
        FROM (${gatheringHeadlines()}) g WHERE g.slug = ${slug}`.execute(this.db);
    return rows[0] && { ...rows[0], published: orderedMeasures(rows[0].published) };
  }

  /** The network `slug` if the viewer may see it, with whether they see its impact in full and what it publishes (one statement). */
  async networkSubject(where: { slug: string } | { id: string }, viewer: Viewer | null): Promise<NetworkSubject | undefined> {
    const full = viewer?.isPlatformAdmin
      ? sql<SqlBool>`true`
      : viewer
        ? holdsRole('network', sql.ref<string>('n.id'), viewer.personId, IMPACT_PUBLISHERS)
        : noOne;
    const { rows } = await sql<NetworkSubject>`
      SELECT n.id, n.slug, n.name, n.kind, ${full} AS full,
        (SELECT coalesce(array_agg(p.measure), '{}') FROM impact_publications p WHERE p.network_id = n.id) AS published
        FROM (${networkSummaries(viewer)}) n
       WHERE ${'slug' in where ? sql`n.slug = ${where.slug}` : sql`n.id = ${where.id}::uuid`}`.execute(this.db);
    return rows[0] && { ...rows[0], published: orderedMeasures(rows[0].published) };
  }

  /** The gathering and its follow-ups that are not drafts (the gathering itself always), in date order. */
  async seriesFrom(gatheringId: string): Promise<{ gatherings: ScopeGathering[]; seriesStartId: string }> {
    const { rows } = await sql<ScopeGathering & { seriesStartId: string }>`
      SELECT g.id, g.slug, g.title, g.starts_at, ${seriesStartOf(gatheringId)} AS series_start_id FROM (${gatheringHeadlines()}) g
       WHERE g.id IN (${followUpsFrom(gatheringId)}) AND (g.id = ${gatheringId} OR g.status <> ${GatheringStatus.DRAFT})
       ORDER BY g.starts_at, g.id`.execute(this.db);
    return { gatherings: rows.map(({ seriesStartId: _, ...g }) => g), seriesStartId: rows[0]?.seriesStartId ?? gatheringId };
  }

  /**
   * The networks counted (the network, or the coalition and everything in it, that the viewer may see) and the
   * gatherings they convened that are not drafts, in range, in date order (one statement).
   */
  async networkScope(
    networkId: string,
    withMembers: boolean,
    viewer: Viewer | null,
    range: { from: Date | null; until: Date | null },
  ): Promise<{ networkIds: string[]; gatherings: ScopeGathering[] }> {
    const members = withMembers ? sql`SELECT id FROM (${coalitionAndMembers(networkId)}) AS inside` : sql`SELECT ${networkId}::uuid AS id`;
    const { rows } = await sql<{ networkIds: string[]; gatherings: ScopeGathering[] | null }>`
      WITH s AS (SELECT v.id FROM (${networkSummaries(viewer)}) v WHERE v.id IN (${members}))
      SELECT (SELECT coalesce(array_agg(s.id), '{}') FROM s) AS network_ids,
        (SELECT json_agg(json_build_object('id', g.id, 'slug', g.slug, 'title', g.title, 'startsAt', g.starts_at) ORDER BY g.starts_at, g.id)
           FROM (${gatheringHeadlines()}) g
          WHERE g.status <> ${GatheringStatus.DRAFT}
            AND EXISTS (SELECT 1 FROM (${convenerNetworks()}) cn WHERE cn.gathering_id = g.id AND cn.network_id IN (SELECT id FROM s))
            AND (${range.from}::timestamptz IS NULL OR g.starts_at >= ${range.from})
            AND (${range.until}::timestamptz IS NULL OR g.starts_at < ${range.until})) AS gatherings`.execute(this.db);
    const gatherings = (rows[0]?.gatherings ?? []).map((g) => ({ ...g, startsAt: new Date(g.startsAt) }));
    return { networkIds: rows[0]?.networkIds ?? [], gatherings };
  }

  /** What each of these networks publishes (in `networkIds`' order, which is never empty; [] for none), in one statement. */
  async publishedBy(networkIds: readonly string[]): Promise<ImpactMeasure[][]> {
    const rows = await this.db
      .selectFrom('impactPublications')
      .select(['networkId', 'measure'])
      .where('networkId', 'in', [...networkIds])
      .execute();
    const byNetwork = new Map<string, string[]>();
    for (const row of rows) byNetwork.set(row.networkId, [...(byNetwork.get(row.networkId) ?? []), row.measure]);
    return networkIds.map((id) => orderedMeasures(byNetwork.get(id) ?? null));
  }

  /** Replaces the measures network `networkId` publishes. */
  async setPublications(networkId: string, measures: readonly ImpactMeasure[]): Promise<ImpactMeasure[]> {
    await this.db.transaction().execute(async (trx) => {
      // One choice at a time per network: crossing choices would otherwise insert the same measure twice.
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`impact-publications:${networkId}`}))`.execute(trx);
      await trx.deleteFrom('impactPublications').where('networkId', '=', networkId).execute();
      if (measures.length > 0) {
        await trx
          .insertInto('impactPublications')
          .values([...new Set(measures)].map((measure) => ({ networkId, measure })))
          .execute();
      }
    });
    return orderedMeasures(measures);
  }
}
