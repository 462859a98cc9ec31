import { Injectable } from '@nestjs/common';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Viewer } from '../../../common/access/request-context.js';
import { InjectDb, type Db } from '../../../database/database.js';
import { SqlSnapshot } from '../../../database/sql-snapshot.js';
import { LifecycleStage, NetworkSort, Region, Sector } from '../network.enums.js';
import { visibleMemberCount, visibleNetworkRow } from '../networks.fragments.js';
import type { DirectoryMatchArgs } from './dtos/directory-match.args.js';
import type { NetworkFilter } from './dtos/network-filter.input.js';
import type { NetworkFacets } from './network-facets.model.js';
import { NETWORK_COLUMNS, type NetworkRow } from './networks.repository.js';

// Example arguments for the committed SQL of the hot statements (directory-search.repository.sql).
const MEMBER: Viewer = { personId: '00000000-0000-4000-8000-000000000001', sessionId: 'sql', isPlatformAdmin: false };
const SEARCHED: DirectoryMatchArgs = {
  search: 'food bank',
  filter: {
    themes: ['Food'],
    sectors: [Sector.VOLUNTARY_SECTOR],
    regions: [Region.WALES, Region.SCOTLAND],
    lifecycleStages: [LifecycleStage.ACTIVE],
  },
};

type FacetKey = keyof NetworkFacets & keyof NetworkFilter;

/** Each facet: the value it counts (a column of `matched`, or one element of an array column), whether values are enum names. */
export const FACETS: { key: FacetKey; value: string; unnest?: string; enumValues: boolean }[] = [
  { key: 'themes', value: 'theme', unnest: 'themes', enumValues: false },
  { key: 'sectors', value: 'sector', unnest: 'sectors', enumValues: true },
  { key: 'regions', value: 'region', enumValues: true },
  { key: 'scopes', value: 'scope', enumValues: true },
  { key: 'lifecycleStages', value: 'lifecycle_stage', enumValues: true },
  { key: 'kinds', value: 'kind', enumValues: true },
];

/**
 * The filters as one predicate per facet on the networks row `n` (absent when that facet is not
 * filtered): OR within a facet (any of its values), AND across facets. The one place that
 * applies a NetworkFilter, for the list, its facets, the map and the CSV.
 */
export function filterPredicates(filter: NetworkFilter | null | undefined): Partial<Record<FacetKey, RawBuilder<SqlBool>>> {
  const f = filter ?? {};
  const predicates: Partial<Record<FacetKey, RawBuilder<SqlBool>>> = {};
  if (f.themes?.length) predicates.themes = sql<SqlBool>`n.themes && ${f.themes.map((t) => t.trim().toLowerCase())}::text[]`;
  if (f.sectors?.length) predicates.sectors = sql<SqlBool>`n.sectors && ${f.sectors}::text[]`;
  if (f.regions?.length) predicates.regions = sql<SqlBool>`n.region = ANY(${f.regions}::text[])`;
  if (f.scopes?.length) predicates.scopes = sql<SqlBool>`n.scope = ANY(${f.scopes}::text[])`;
  if (f.lifecycleStages?.length) predicates.lifecycleStages = sql<SqlBool>`n.lifecycle_stage = ANY(${f.lifecycleStages}::text[])`;
  if (f.kinds?.length) predicates.kinds = sql<SqlBool>`n.kind = ANY(${f.kinds}::text[])`;
  return predicates;
}

const tsquery = (search: string) => sql`websearch_to_tsquery('english', weave_unaccent(${search}))`;
const NAME_TRGM = sql`weave_unaccent(lower(n.name))`;

export interface FacetRow {
  facet: string;
  value: string | null;
  count: number;
}

/** The funders' directory's SQL: full-text search with a trigram fallback, filters, facets and sorting (a hot path). */
@Injectable()
export class DirectorySearchRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** Networks matching the search and filters that the viewer may see (the list, its facets and the map all start here). */
  matching(args: DirectoryMatchArgs, viewer: Viewer | null) {
    let query = this.searched(args, viewer);
    for (const predicate of Object.values(filterPredicates(args.filter))) query = query.where(predicate);
    return query;
  }

  /** Networks the viewer may see that match the search, before any filter. */
  private searched(args: DirectoryMatchArgs, viewer: Viewer | null) {
    let query = this.db.selectFrom('networks as n').where(visibleNetworkRow('n', viewer));
    const search = args.search?.trim();
    if (search) {
      // Full text; and only when nothing the viewer may see matches it, trigram
      // similarity of the name (for misspellings). Each branch can use its index,
      // which an OR across them would prevent. (A match only in a members-only
      // network must not turn the fallback off: that would tell outsiders some
      // hidden network uses the word.)
      query = query.where(
        sql<SqlBool>`n.id IN (
          SELECT s.id FROM networks s WHERE s.search @@ ${tsquery(search)}
          UNION ALL
          SELECT s.id FROM networks s
           WHERE NOT EXISTS (SELECT 1 FROM networks f WHERE f.search @@ ${tsquery(search)} AND ${visibleNetworkRow('f', viewer)})
             AND (weave_unaccent(lower(${search})) <% weave_unaccent(lower(s.name)) OR weave_unaccent(lower(${search})) % weave_unaccent(lower(s.name))))`,
      );
    }
    return query;
  }

  /** One page of matching networks with their member counts, `limit` rows from `offset`. */
  @SqlSnapshot(
    { name: 'page: signed out, by name, first 21', params: [{ sort: NetworkSort.NAME }, null, 0, 21] },
    {
      name: 'page: signed in, searched and filtered, by relevance',
      params: [{ ...SEARCHED, sort: NetworkSort.RELEVANCE }, MEMBER, 20, 21],
    },
    { name: 'page: by size', params: [{ sort: NetworkSort.SIZE }, null, 0, 21] },
  )
  page(
    args: DirectoryMatchArgs & { sort: NetworkSort },
    viewer: Viewer | null,
    offset: number,
    limit: number,
  ): Promise<(NetworkRow & { memberCount: number })[]> {
    return this.pageQuery(args, viewer, offset, limit).execute();
  }

  private pageQuery(args: DirectoryMatchArgs & { sort: NetworkSort }, viewer: Viewer | null, offset: number, limit: number) {
    let query = this.matching(args, viewer)
      .select(NETWORK_COLUMNS)
      .select((eb) => visibleMemberCount(eb.ref('n.id'), viewer).as('memberCount'));
    const search = args.search?.trim();
    const sort = args.sort === NetworkSort.RELEVANCE && !search ? NetworkSort.NAME : args.sort;
    switch (sort) {
      case NetworkSort.RELEVANCE:
        query = query
          .select(
            sql<number>`ts_rank_cd(n.search, ${tsquery(search!)}) + similarity(${NAME_TRGM}, weave_unaccent(lower(${search!})))`.as('rank'),
          )
          .orderBy('rank', 'desc');
        break;
      case NetworkSort.NEWEST:
        query = query.orderBy('n.createdAt', 'desc');
        break;
      case NetworkSort.SIZE:
        query = query.orderBy('memberCount', 'desc').orderBy(sql`lower(n.name)`, 'asc');
        break;
      case NetworkSort.NAME:
        query = query.orderBy(sql`lower(n.name)`, 'asc');
        break;
    }
    return query.orderBy('n.id', 'asc').offset(offset).limit(limit).$castTo<NetworkRow & { memberCount: number }>();
  }

  /** The total ('total' row) and every facet's counts, in one statement. */
  @SqlSnapshot(
    { name: 'facets: signed out', params: [{}, null] },
    { name: 'facets: signed in, searched and filtered', params: [SEARCHED, MEMBER] },
  )
  async facets(args: DirectoryMatchArgs, viewer: Viewer | null): Promise<FacetRow[]> {
    const { rows } = await this.facetsQuery(args, viewer).execute(this.db);
    return rows;
  }

  // Disjunctive facets in one statement: `matched` is the search (no filters) with one flag per
  // filtered facet; the total counts rows with every flag, and each facet counts rows with every
  // flag but its own (so ticking Wales still shows Scotland's count).
  private facetsQuery(args: DirectoryMatchArgs, viewer: Viewer | null) {
    const predicates = Object.entries(filterPredicates(args.filter)) as [FacetKey, RawBuilder<SqlBool>][];
    const matched = this.searched(args, viewer)
      .select(['n.id', 'n.themes', 'n.sectors', 'n.region', 'n.scope', 'n.lifecycleStage', 'n.kind'])
      .select(predicates.map(([, predicate], i) => predicate.as(`filter_${i}`)));
    const where = (except?: FacetKey) => predicates.flatMap(([key], i) => (key === except ? [] : [`filter_${i}`])).join(' AND ') || 'true';
    const unions = [
      `SELECT 'total' AS facet, NULL AS value, count(*)::int AS count FROM matched WHERE ${where()}`,
      ...FACETS.map(
        (f) =>
          `SELECT '${f.key}', ${f.value}, count(*)::int FROM matched${f.unnest ? `, unnest(matched.${f.unnest}) ${f.value}` : ''}
            WHERE ${where(f.key)} AND ${f.value} IS NOT NULL GROUP BY ${f.value}`,
      ),
    ];
    return sql<FacetRow>`WITH matched AS ${matched} ${sql.raw(unions.join(' UNION ALL '))}`;
  }

  /** The ids of matching networks, as a subquery (for the map). */
  matchingIds(args: DirectoryMatchArgs, viewer: Viewer | null) {
    return this.matching(args, viewer).select('n.id');
  }

  /** The directory's version (see DirectoryVersionService). */
  async version(): Promise<string> {
    const row = await this.db.selectFrom('directoryState').select('version').where('id', '=', 1).executeTakeFirstOrThrow();
    return row.version;
  }
}
