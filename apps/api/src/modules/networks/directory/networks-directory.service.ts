import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../../common/access/request-context.js';
import { badUserInput } from '../../../common/errors/app-error.js';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '../../../common/pagination/connection.model.js';
import type { DirectoryMatchArgs } from './dtos/directory-match.args.js';
import type { NetworksArgs } from './dtos/networks.args.js';
import { NetworkEntity } from './network.entity.js';
import { NetworkSort } from '../network.enums.js';
import type { FacetCount } from './facet-count.model.js';
import type { NetworkFacets } from './network-facets.model.js';
import { visibleNetworkCondition } from '../network-visibility.js';

const FACETS: { key: keyof NetworkFacets; sql: string; enumValues: boolean }[] = [
  { key: 'themes', sql: 'SELECT t AS value, count(*)::int AS count FROM matched, unnest(matched.themes) t GROUP BY t', enumValues: false },
  { key: 'sectors', sql: 'SELECT s AS value, count(*)::int AS count FROM matched, unnest(matched.sectors) s GROUP BY s', enumValues: true },
  {
    key: 'regions',
    sql: 'SELECT region AS value, count(*)::int AS count FROM matched WHERE region IS NOT NULL GROUP BY region',
    enumValues: false,
  },
  { key: 'scopes', sql: 'SELECT scope AS value, count(*)::int AS count FROM matched GROUP BY scope', enumValues: true },
  {
    key: 'lifecycleStages',
    sql: 'SELECT lifecycle_stage AS value, count(*)::int AS count FROM matched GROUP BY lifecycle_stage',
    enumValues: true,
  },
  { key: 'kinds', sql: 'SELECT kind AS value, count(*)::int AS count FROM matched GROUP BY kind', enumValues: true },
];

const MEMBER_COUNT = `(SELECT count(*) FROM network_memberships mc WHERE mc.parent_id = n.id AND mc.status = 'active')::int`;
const TSQUERY = `websearch_to_tsquery('english', weave_unaccent(:search))`;
const NAME_TRGM = `weave_unaccent(lower(n.name))`;

export interface DirectoryPage {
  connection: Connection<NetworkEntity>;
  memberCounts: Map<string, number>;
  facets: NetworkFacets;
}

/** The funders' directory: full-text search with a trigram fallback, filters, facets and sorting. */
@Injectable()
export class NetworksDirectoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Networks matching the search and filters that the viewer may see (the list, its facets and the map all start here). */
  matching(args: DirectoryMatchArgs, viewer: Viewer | null): SelectQueryBuilder<NetworkEntity> {
    const visible = visibleNetworkCondition('n', viewer);
    const query = this.dataSource.getRepository(NetworkEntity).createQueryBuilder('n').where(visible.sql, visible.params);
    const search = args.search?.trim();
    if (search) {
      // Full text; and only when nothing matches it, trigram similarity of the
      // name (for misspellings). Each branch can use its index, which an OR
      // across them would prevent.
      query.andWhere(
        `n.id IN (
          SELECT s.id FROM networks s WHERE s.search @@ ${TSQUERY}
          UNION ALL
          SELECT s.id FROM networks s
           WHERE NOT EXISTS (SELECT 1 FROM networks f WHERE f.search @@ ${TSQUERY})
             AND (weave_unaccent(lower(:search)) <% weave_unaccent(lower(s.name)) OR weave_unaccent(lower(:search)) % weave_unaccent(lower(s.name))))`,
        { search },
      );
    }
    const f = args.filter ?? {};
    if (f.themes?.length) query.andWhere('n.themes && :themes::text[]', { themes: f.themes.map((t) => t.trim().toLowerCase()) });
    if (f.sectors?.length) query.andWhere('n.sectors && :sectors::text[]', { sectors: f.sectors });
    if (f.regions?.length) query.andWhere('n.region = ANY(:regions::text[])', { regions: f.regions });
    if (f.scopes?.length) query.andWhere('n.scope = ANY(:scopes::text[])', { scopes: f.scopes });
    if (f.lifecycleStages?.length) query.andWhere('n.lifecycle_stage = ANY(:stages::text[])', { stages: f.lifecycleStages });
    if (f.kinds?.length) query.andWhere('n.kind = ANY(:kinds::text[])', { kinds: f.kinds });
    return query;
  }

  async search(args: NetworksArgs, viewer: Viewer | null): Promise<DirectoryPage> {
    const offset = args.after ? Number(decodeCursor(args.after, 1)[0]) : 0;
    if (!Number.isInteger(offset) || offset < 0) throw badUserInput({ after: 'This cursor is not one we gave out.' });
    // Signed-out answers are cached whole, by version (DirectoryVersionService).
    const [page, facets] = await Promise.all([this.page(args, viewer, offset), this.facets(args, viewer)]);
    const connection = toConnection(
      page.entities,
      args.first,
      facets.total,
      (n) => encodeCursor([offset + page.entities.indexOf(n) + 1]),
      (n) => n,
    );
    return { connection, memberCounts: page.memberCounts, facets: facets.facets };
  }

  /** One page of matching networks (one row more than asked, to know if more follow). */
  async page(args: NetworksArgs, viewer: Viewer | null, offset: number) {
    const query = this.matching(args, viewer).addSelect(MEMBER_COUNT, 'member_count');
    const search = args.search?.trim();
    const sort = args.sort === NetworkSort.RELEVANCE && !search ? NetworkSort.NAME : args.sort;
    switch (sort) {
      case NetworkSort.RELEVANCE:
        query
          .addSelect(`ts_rank_cd(n.search, ${TSQUERY}) + similarity(${NAME_TRGM}, weave_unaccent(lower(:search)))`, 'rank')
          .orderBy('rank', 'DESC');
        break;
      case NetworkSort.NEWEST:
        query.orderBy('n.created_at', 'DESC');
        break;
      case NetworkSort.SIZE:
        query.orderBy('member_count', 'DESC').addOrderBy('lower(n.name)', 'ASC');
        break;
      case NetworkSort.NAME:
        query.orderBy('lower(n.name)', 'ASC');
        break;
    }
    query
      .addOrderBy('n.id', 'ASC')
      .offset(offset)
      .limit(args.first + 1);
    const { entities, raw } = await query.getRawAndEntities<{ n_id: string; member_count: number }>();
    return { entities, memberCounts: new Map(raw.map((r) => [r.n_id, r.member_count])) };
  }

  /** The total and every facet's counts in one statement. */
  private async facets(args: NetworksArgs, viewer: Viewer | null): Promise<{ total: number; facets: NetworkFacets }> {
    const [matchedSql, params] = this.matching(args, viewer)
      .select('n.id', 'id')
      .addSelect('n.themes', 'themes')
      .addSelect('n.sectors', 'sectors')
      .addSelect('n.region', 'region')
      .addSelect('n.scope', 'scope')
      .addSelect('n.lifecycle_stage', 'lifecycle_stage')
      .addSelect('n.kind', 'kind')
      .getQueryAndParameters();
    const unions = [
      `SELECT 'total' AS facet, NULL AS value, count(*)::int AS count FROM matched`,
      ...FACETS.map((f) => `SELECT '${f.key}', value, count FROM (${f.sql}) ${f.key}`),
    ];
    const rows: { facet: string; value: string | null; count: number }[] = await this.dataSource.query(
      `WITH matched AS (${matchedSql}) ${unions.join(' UNION ALL ')}`,
      params,
    );
    const facets = Object.fromEntries(FACETS.map((f) => [f.key, [] as FacetCount[]])) as unknown as NetworkFacets;
    let total = 0;
    for (const row of rows) {
      if (row.facet === 'total') total = row.count;
      else {
        const spec = FACETS.find((f) => f.key === row.facet)!;
        facets[spec.key].push({ value: spec.enumValues ? String(row.value).toUpperCase() : String(row.value), count: row.count });
      }
    }
    for (const list of Object.values(facets) as FacetCount[][]) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return { total, facets };
  }
}
