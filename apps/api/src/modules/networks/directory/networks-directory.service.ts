import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { Viewer } from '../../../common/access/request-context.js';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '../../../common/pagination/connection.model.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { NetworksError, networksError } from '../networks.errors.js';
import type { AudienceViewer } from '../networks.fragments.js';
import { DirectorySearchRepository, FACETS, type DirectoryRow, type FacetRow } from './directory-search.repository.js';
import { DirectoryVersionService } from './directory-version.service.js';
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

/** Directory answers kept (a page of 21 networks and the facets, ~25 KB each). */
const ANSWERS_KEPT = 1000;

/**
 * The funders' directory: full-text search with a trigram fallback, filters, facets and sorting.
 *
 * The search's answer (the page, its member counts, the total and the facets) depends only on the
 * arguments, the directory's version and its audience (the members-only networks the viewer may see;
 * DirectoryVersionService.audience). So it is kept by those, and shared by everyone with the same
 * audience, signed in or out: a members-only network is only ever counted in answers for those who
 * may see it. The version moves on every change to what the directory shows (roles included), so a
 * kept answer is never served after a change. Off with DIRECTORY_CACHE=off, like the signed-out cache.
 */
@Injectable()
export class NetworksDirectoryService {
  private readonly answers = new LRUCache<string, Promise<{ rows: DirectoryRow[]; facets: FacetRow[] }>>({ max: ANSWERS_KEPT });

  constructor(
    private readonly repository: DirectorySearchRepository,
    private readonly networks: NetworksService,
    private readonly version: DirectoryVersionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
    const { rows, facets: facetRows } = await this.answer(args, viewer, offset);
    const facets = this.facets(facetRows);
    const connection = toConnection(
      rows,
      args.first,
      facets.total,
      (n) => encodeCursor([offset + rows.indexOf(n) + 1]),
      (n) => n,
    );
    return { connection, memberCounts: new Map(rows.map((r) => [r.id, r.memberCount])), facets: facets.facets };
  }

  /** The page (one row more than asked, to know if more follow) and the facets: kept, or from one statement. */
  private async answer(args: NetworksArgs, viewer: Viewer | null, offset: number) {
    const ask = (seenAs: Viewer | AudienceViewer | null) => this.repository.directory(args, seenAs, offset, args.first + 1);
    if (!this.config.directoryCache) return ask(viewer);
    // The version is read first: a change landing after it is then at worst in an answer kept under the older version.
    const version = await this.version.version();
    const audience = await this.version.audience(viewer, version);
    const key = JSON.stringify([version, audience.key, args.search?.trim() ?? '', args.filter ?? {}, args.sort, offset, args.first]);
    let answer = this.answers.get(key);
    if (!answer) {
      // Asked as the audience, not the person: the answer shows exactly what its key says.
      answer = ask(viewer && !viewer.isPlatformAdmin ? { ...viewer, hiddenSeen: audience.hiddenSeen } : viewer);
      // A failed answer is not kept: the next request tries again.
      answer.catch(() => this.answers.delete(key));
      this.answers.set(key, answer);
    }
    return answer;
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

  /** The total and every facet's counts, from their rows. */
  private facets(rows: FacetRow[]): { total: number; facets: NetworkFacets } {
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
