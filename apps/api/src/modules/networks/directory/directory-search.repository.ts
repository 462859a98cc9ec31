import { Injectable } from '@nestjs/common';
import { sql, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import type { DB } from '../../../database/db.generated.js';
import type { Viewer } from '../../../common/access/request-context.js';
import { InjectDb, type Db } from '../../../database/database.js';
import { PreparedShapes } from '../../../database/prepared.js';
import { SqlSnapshot } from '../../../database/sql-snapshot.js';
import { scopesHeldBy } from '../../roles/roles.fragments.js';
import { LifecycleStage, NetworkSort, NetworkVisibility, Region, Sector } from '../network.enums.js';
import { visibleMemberCount, visibleMemberCounts, visibleNetworkRow, type AudienceViewer } from '../networks.fragments.js';
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

/** A filter as the SQL binds it: themes trimmed and lowercased (as stored), empty lists left out. */
export function normalFilter(filter: NetworkFilter | null | undefined): NetworkFilter {
  const f = filter ?? {};
  const present = <T>(list: T[] | undefined) => (list?.length ? list : undefined);
  return {
    themes: present(f.themes?.map((t) => t.trim().toLowerCase())),
    sectors: present(f.sectors),
    regions: present(f.regions),
    scopes: present(f.scopes),
    lifecycleStages: present(f.lifecycleStages),
    kinds: present(f.kinds),
  };
}

/**
 * The filters as one predicate per facet on the networks row `n` (absent when that facet is not
 * filtered): OR within a facet (any of its values), AND across facets. The one place that
 * applies a NetworkFilter, for the list, its facets, the map and the CSV. Values are bound as
 * they are (the directory's statement is prepared, see `directory`): give it a {@link normalFilter}.
 */
export function filterPredicates(f: NetworkFilter): Partial<Record<FacetKey, RawBuilder<SqlBool>>> {
  const predicates: Partial<Record<FacetKey, RawBuilder<SqlBool>>> = {};
  if (f.themes) predicates.themes = sql<SqlBool>`n.themes && ${f.themes}::text[]`;
  if (f.sectors) predicates.sectors = sql<SqlBool>`n.sectors && ${f.sectors}::text[]`;
  if (f.regions) predicates.regions = sql<SqlBool>`n.region = ANY(${f.regions}::text[])`;
  if (f.scopes) predicates.scopes = sql<SqlBool>`n.scope = ANY(${f.scopes}::text[])`;
  if (f.lifecycleStages) predicates.lifecycleStages = sql<SqlBool>`n.lifecycle_stage = ANY(${f.lifecycleStages}::text[])`;
  if (f.kinds) predicates.kinds = sql<SqlBool>`n.kind = ANY(${f.kinds}::text[])`;
  return predicates;
}

const tsquery = (search: string) => sql`websearch_to_tsquery('english', weave_unaccent(${search}))`;
const NAME_TRGM = sql`weave_unaccent(lower(n.name))`;

const relevance = (search: string) =>
  sql<number>`ts_rank_cd(n.search, ${tsquery(search)}) + similarity(${NAME_TRGM}, weave_unaccent(lower(${search})))`;

/** RELEVANCE needs a search; without one the directory sorts by name. */
const effectiveSort = (args: DirectoryMatchArgs & { sort: NetworkSort }) =>
  args.sort === NetworkSort.RELEVANCE && !args.search?.trim() ? NetworkSort.NAME : args.sort;

/** The order of a sort, on the columns `column` names (rank, memberCount, name, createdAt, id), with the id last so pages never overlap. */
function orderBy(sort: NetworkSort, column: (name: 'rank' | 'memberCount' | 'name' | 'createdAt' | 'id') => RawBuilder<unknown>) {
  const byName = sql`lower(${column('name')}) ASC`;
  const terms = {
    [NetworkSort.RELEVANCE]: [sql`${column('rank')} DESC`],
    [NetworkSort.NEWEST]: [sql`${column('createdAt')} DESC`],
    [NetworkSort.SIZE]: [sql`${column('memberCount')} DESC`, byName],
    [NetworkSort.NAME]: [byName],
  }[sort];
  return sql.join([...terms, sql`${column('id')} ASC`]);
}

export type DirectoryRow = NetworkRow & { memberCount: number };

export interface FacetRow {
  facet: string;
  value: string | null;
  count: number;
}

/** Whose eyes a directory statement is built for: its text differs for each (see visibleNetworkRow). */
type SeenBy = 'public' | 'admin' | 'person' | 'audience';
const seenBy = (viewer: Viewer | AudienceViewer | null): SeenBy =>
  !viewer ? 'public' : viewer.isPlatformAdmin ? 'admin' : 'hiddenSeen' in viewer ? 'audience' : 'person';

/** What shapes the directory's statement beyond which values it has. */
interface DirectoryShape {
  sort: NetworkSort;
  seenBy: SeenBy;
}

/** The directory statement's values: the search, the normal filter's lists, the viewer's person or audience, the page. */
type DirectoryValues = NetworkFilter & {
  search?: string;
  personId?: string;
  hiddenSeen?: readonly string[];
  offset: number;
  limit: number;
};

/** The funders' directory's SQL: full-text search with a trigram fallback, filters, facets and sorting (a hot path). */
@Injectable()
export class DirectorySearchRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** Networks matching the search and filters that the viewer may see (the list, its facets and the map all start here). */
  matching(args: DirectoryMatchArgs, viewer: Viewer | null) {
    let query = this.searched(args, viewer);
    for (const predicate of Object.values(filterPredicates(normalFilter(args.filter)))) query = query.where(predicate);
    return query;
  }

  /** Networks the viewer may see that match the search, before any filter. */
  private searched(args: DirectoryMatchArgs, viewer: Viewer | null) {
    const search = args.search?.trim();
    // Full text; and only when nothing the viewer may see matches it, trigram similarity of the name
    // (for misspellings). Each branch reads the networks it matches through its own index, which an
    // OR across them would prevent; the branches never overlap (the second runs only when no network
    // the viewer may see matches the first), and the viewer's rule applies to both. (A match only in a
    // members-only network must not turn the fallback off: that would tell outsiders some hidden network
    // uses the word.)
    const networks = search
      ? sql<Selectable<DB['networks']>>`(
          SELECT * FROM networks s WHERE s.search @@ ${tsquery(search)}
          UNION ALL
          SELECT * FROM networks s
           WHERE NOT EXISTS (SELECT 1 FROM networks f WHERE f.search @@ ${tsquery(search)} AND ${visibleNetworkRow('f', viewer)})
             AND (weave_unaccent(lower(${search})) <% weave_unaccent(lower(s.name)) OR weave_unaccent(lower(${search})) % weave_unaccent(lower(s.name))))`.as(
          'n',
        )
      : sql<Selectable<DB['networks']>>`networks`.as('n');
    return this.db.selectFrom(networks).where(visibleNetworkRow('n', viewer));
  }

  /** One page of matching networks with their member counts, `limit` rows from `offset` (the CSV's batches). */
  @SqlSnapshot({ name: 'page: signed out, by name, first 21', params: [{ sort: NetworkSort.NAME }, null, 0, 21] })
  page(args: DirectoryMatchArgs & { sort: NetworkSort }, viewer: Viewer | null, offset: number, limit: number): Promise<DirectoryRow[]> {
    const sort = effectiveSort(args);
    const query = this.matching(args, viewer)
      .select(NETWORK_COLUMNS)
      .select((eb) => visibleMemberCount(eb.ref('n.id'), viewer).as('memberCount'))
      .$if(sort === NetworkSort.RELEVANCE, (q) => q.select(relevance(args.search!.trim()).as('rank')));
    return query
      .orderBy(orderBy(sort, (column) => sql.ref(column === 'rank' || column === 'memberCount' ? column : `n.${column}`)))
      .offset(offset)
      .limit(limit)
      .$castTo<DirectoryRow>()
      .execute();
  }

  /**
   * One page of matching networks with their member counts, the total and every facet's counts, in one
   * statement that matches the search once: `matched` is the search (no filters) with one flag per
   * filtered facet; the page and the total take rows with every flag, and each facet counts rows with
   * every flag but its own (so ticking Wales still shows Scotland's count).
   */
  @SqlSnapshot(
    { name: 'directory: signed out, by name, first 21', params: [{ sort: NetworkSort.NAME }, null, 0, 21] },
    {
      name: 'directory: signed in, searched and filtered, by relevance',
      params: [{ ...SEARCHED, sort: NetworkSort.RELEVANCE }, MEMBER, 20, 21],
    },
    { name: 'directory: by size', params: [{ sort: NetworkSort.SIZE }, null, 0, 21] },
  )
  async directory(
    args: DirectoryMatchArgs & { sort: NetworkSort },
    viewer: Viewer | AudienceViewer | null,
    offset: number,
    limit: number,
  ): Promise<{ rows: DirectoryRow[]; facets: FacetRow[] }> {
    const search = args.search?.trim() || undefined;
    const shape: DirectoryShape = { sort: effectiveSort({ search, sort: args.sort }), seenBy: seenBy(viewer) };
    const values: DirectoryValues = {
      search,
      ...normalFilter(args.filter),
      personId: shape.seenBy === 'person' ? viewer!.personId : undefined,
      hiddenSeen: shape.seenBy === 'audience' && viewer && 'hiddenSeen' in viewer ? viewer.hiddenSeen : undefined,
      offset,
      limit,
    };
    const rows = await this.directoryStatement.execute(this.db, shape, values);
    const facets = JSON.parse(rows[0]?.facets ?? '[]') as [string, string | null, number][];
    return {
      // With no row on the page there is still one, with the facets alone.
      rows: rows.filter((row) => row.id !== null).map(({ facets: _, rank: __, ...row }) => row as DirectoryRow),
      facets: facets.map(([facet, value, count]) => ({ facet, value, count })),
    };
  }

  // The busiest statement of the directory, built once per shape (see PreparedShapes): building and
  // compiling it took about a fifth of the API's CPU for each search that was not already answered.
  private readonly directoryStatement = new PreparedShapes((shape: DirectoryShape, v: DirectoryValues) => {
    const { themes, sectors, regions, scopes, lifecycleStages, kinds } = v;
    const seenAs: Viewer | AudienceViewer | null = {
      public: null,
      admin: { personId: '', sessionId: '', isPlatformAdmin: true },
      person: { personId: v.personId!, sessionId: '', isPlatformAdmin: false },
      audience: { personId: '', sessionId: '', isPlatformAdmin: false, hiddenSeen: v.hiddenSeen! },
    }[shape.seenBy];
    return this.directoryQuery(
      { search: v.search, filter: { themes, sectors, regions, scopes, lifecycleStages, kinds }, sort: shape.sort },
      seenAs,
      v.offset,
      v.limit,
    );
  });

  /** The directory's statement, from a normal filter (see normalFilter) and its search trimmed (undefined when blank). */
  private directoryQuery(args: DirectoryMatchArgs & { sort: NetworkSort }, viewer: Viewer | null, offset: number, limit: number) {
    const predicates = Object.entries(filterPredicates(args.filter ?? {})) as [FacetKey, RawBuilder<SqlBool>][];
    const sort = effectiveSort(args);
    const matched = this.searched(args, viewer)
      .select(['n.id', 'n.name', 'n.createdAt', 'n.themes', 'n.sectors', 'n.region', 'n.scope', 'n.lifecycleStage', 'n.kind'])
      .select(predicates.map(([, predicate], i) => predicate.as(`filter_${i}`)))
      // Ranked after the filters, in `picked`: only the rows that pass them.
      .$if(sort === NetworkSort.RELEVANCE, (q) => q.select('n.search'));
    const where = (except?: FacetKey) => predicates.flatMap(([key], i) => (key === except ? [] : [`filter_${i}`])).join(' AND ') || 'true';
    const counts = [
      `SELECT 'total' AS facet, NULL AS value, count(*)::int AS count FROM matched WHERE ${where()}`,
      ...FACETS.map(
        (f) =>
          `SELECT '${f.key}', ${f.value}, count(*)::int FROM matched${f.unnest ? `, unnest(matched.${f.unnest}) ${f.value}` : ''}
            WHERE ${where(f.key)} AND ${f.value} IS NOT NULL GROUP BY ${f.value}`,
      ),
    ];
    // The page is picked from `matched` alone, then joined to its networks (a join before the pick
    // would read every network: the planner cannot tell how few rows `matched` has).
    const picked = this.db
      .selectFrom(sql<{ id: string; name: string; createdAt: Date }>`(SELECT * FROM matched WHERE ${sql.raw(where())})`.as('n'))
      .select('n.id')
      .$if(sort === NetworkSort.RELEVANCE, (q) => q.select(relevance(args.search!).as('rank')))
      // By size: one count per matching network when searched (a few), all counts at once when not (most of the directory).
      .$if(sort === NetworkSort.SIZE && !!args.search, (q) =>
        q.select((eb) => visibleMemberCount(eb.ref('n.id'), viewer).as('memberCount')),
      )
      .$if(sort === NetworkSort.SIZE && !args.search, (q) =>
        q.leftJoin(visibleMemberCounts(viewer).as('c'), 'c.parentId', 'n.id').select(sql<number>`coalesce(c.count, 0)`.as('memberCount')),
      )
      .orderBy(orderBy(sort, (column) => sql.ref(column === 'memberCount' || column === 'rank' ? column : `n.${column}`)))
      .offset(offset)
      .limit(limit);
    const page = this.db
      .selectFrom(picked.as('p'))
      .innerJoin('networks as n', 'n.id', 'p.id')
      .select(NETWORK_COLUMNS)
      .select((eb) => visibleMemberCount(eb.ref('n.id'), viewer).as('memberCount'))
      .$if(sort === NetworkSort.RELEVANCE, (q) => q.select(sql<number>`p.rank`.as('rank')));
    // The facets (as text, parsed once) ride on the page's first row; a page with no rows still has that one row.
    const order = orderBy(sort, (column) => sql.ref(`page.${column}`));
    return sql<DirectoryRow & { facets: string | null; rank?: number }>`
      WITH matched AS MATERIALIZED ${matched},
           page AS ${page},
           counted AS (SELECT json_agg(json_build_array(facet, value, count))::text AS facets FROM (${sql.raw(counts.join(' UNION ALL '))}) c)
      SELECT page.*, CASE WHEN row_number() OVER (ORDER BY ${order}) = 1 THEN counted.facets END AS facets
        FROM counted LEFT JOIN page ON true
       ORDER BY ${order}`;
  }

  /** The ids of matching networks, as a subquery (for the map). */
  matchingIds(args: DirectoryMatchArgs, viewer: Viewer | null) {
    return this.matching(args, viewer).select('n.id');
  }

  /** The members-only networks the viewer may see, by id (sorted): with the version, all that tells one viewer's directory from another's. */
  async hiddenSeenBy(viewer: Viewer): Promise<string[]> {
    const { rows } = await sql<{ id: string }>`
      SELECT n.id FROM networks AS n
       WHERE n.id IN (${scopesHeldBy('network', viewer.personId)})
         AND n.visibility <> ${NetworkVisibility.PUBLIC} AND ${visibleNetworkRow('n', viewer)}
       ORDER BY n.id`.execute(this.db);
    return rows.map((r) => r.id);
  }

  /** The directory's version (see DirectoryVersionService). */
  async version(): Promise<string> {
    const row = await this.db.selectFrom('directoryState').select('version').where('id', '=', 1).executeTakeFirstOrThrow();
    return row.version;
  }
}
