import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../../common/access/request-context.js';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '../../../common/pagination/connection.model.js';
import { NetworksError, networksError } from '../networks.errors.js';
import { DirectorySearchRepository, FACETS } from './directory-search.repository.js';
import type { NetworksArgs } from './dtos/networks.args.js';
import type { FacetCount } from './facet-count.model.js';
import type { NetworkFacets } from './network-facets.model.js';
import type { NetworkConnection } from './network-connection.model.js';
import type { NetworkRow } from './networks.repository.js';
import { NetworksService } from './networks.service.js';

export interface DirectoryPage {
  connection: Connection<NetworkRow>;
  memberCounts: Map<string, number>;
  facets: NetworkFacets;
}

/** The funders' directory: full-text search with a trigram fallback, filters, facets and sorting. */
@Injectable()
export class NetworksDirectoryService {
  constructor(
    private readonly repository: DirectorySearchRepository,
    private readonly networks: NetworksService,
  ) {}

  /** A page of the directory as GraphQL shows it: networks with their counts and the viewer's roles, the total and facets. */
  async connection(args: NetworksArgs, viewer: Viewer | null): Promise<NetworkConnection> {
    const { connection, memberCounts, facets } = await this.search(args, viewer);
    const models = await this.networks.toModels(
      connection.edges.map((e) => e.node),
      viewer,
      memberCounts,
    );
    return { ...connection, edges: connection.edges.map((e, i) => ({ cursor: e.cursor, node: models[i] })), facets };
  }

  async search(args: NetworksArgs, viewer: Viewer | null): Promise<DirectoryPage> {
    const offset = args.after ? Number(decodeCursor(args.after, 1)[0]) : 0;
    if (!Number.isSafeInteger(offset) || offset < 0) throw networksError(NetworksError.BadCursor);
    // Signed-out answers are cached whole, by version (DirectoryVersionService).
    const [page, facets] = await Promise.all([this.page(args, viewer, offset), this.facets(args, viewer)]);
    const connection = toConnection(
      page.networks,
      args.first,
      facets.total,
      (n) => encodeCursor([offset + page.networks.indexOf(n) + 1]),
      (n) => n,
    );
    return { connection, memberCounts: page.memberCounts, facets: facets.facets };
  }

  /** One page of matching networks (one row more than asked, to know if more follow). */
  async page(
    args: NetworksArgs,
    viewer: Viewer | null,
    offset: number,
  ): Promise<{ networks: NetworkRow[]; memberCounts: Map<string, number> }> {
    const rows = await this.repository.page(args, viewer, offset, args.first + 1);
    return {
      networks: rows,
      memberCounts: new Map(rows.map((r) => [r.id, r.memberCount])),
    };
  }

  /** The total and every facet's counts in one statement. */
  private async facets(args: NetworksArgs, viewer: Viewer | null): Promise<{ total: number; facets: NetworkFacets }> {
    const rows = await this.repository.facets(args, viewer);
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
