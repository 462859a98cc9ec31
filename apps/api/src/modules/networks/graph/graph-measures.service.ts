import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { Viewer } from '../../../common/access/request-context.js';
import { DirectoryVersionService } from '../directory/directory-version.service.js';
import { GraphMeasuresRepository, type DatedMap } from './graph-measures.repository.js';
import { GraphWorkPool } from './graph-work.pool.js';

export interface Betweenness {
  /** Normalised betweenness (0..1) of a network of the map; 0 for one not in it. */
  of(networkId: string): number;
  /** True when estimated from a sample of sources (a map above graph-metrics.ts's EXACT_BETWEENNESS_LIMIT networks). */
  estimated: boolean;
}

/** How bridging changed in the map a viewer may see: betweenness without the ties made since a moment, and with them. */
export interface MapBridging {
  before: Betweenness;
  after: Betweenness;
  /** How many of the ties made since then touch one of `networkIds`. */
  tiesAddedTouching(networkIds: readonly string[]): number;
}

/** A map as one viewer sees it at one directory version. */
interface CachedMap {
  map: DatedMap;
  index: Map<string, number>;
}

/** Maps kept (each ~1 MB at 10,000 networks): one per set of members-only networks seen, which is nearly always the public one. */
const MAPS_KEPT = 8;
/** Betweenness results kept (80 KB each at 10,000 networks): "now" and the "before" moments of the answers people are looking at. */
const MEASURES_KEPT = 32;

/**
 * Measures of the whole map for other modules (the impact view's bridging before and after), by the map's own
 * rules (graph-metrics.ts `betweennessOf`).
 *
 * Betweenness depends on the whole map, so on a large directory it is the costly part of an answer (about
 * a third of a second per estimate at 10,000 networks). So the work is shared:
 * - the map is read once per directory version — which moves on every change to networks, ties and roles,
 *   announced to every process — and per set of members-only networks the viewer may see (theirs includes them);
 * - betweenness is kept by the exact ties it was worked out on (a fingerprint of the networks and ties), so an
 *   edit that leaves the ties alone (a description, a name) costs one read of the map, and a new tie today
 *   leaves "before" a past gathering as it was;
 * - it is worked out in worker threads (GraphWorkPool): "before" and "after" side by side, and never on the
 *   event loop that answers everyone else.
 */
@Injectable()
export class GraphMeasuresService {
  private readonly maps = new LRUCache<string, Promise<CachedMap>>({ max: MAPS_KEPT });
  private readonly measures = new LRUCache<string, Promise<{ values: Float64Array; estimated: boolean }>>({ max: MEASURES_KEPT });

  constructor(
    private readonly repository: GraphMeasuresRepository,
    private readonly directory: DirectoryVersionService,
    private readonly workers: GraphWorkPool,
  ) {}

  /** Bridging in the map the viewer may see: before = ties made before `since` only; after = every active tie. */
  async bridging(viewer: Viewer | null, since: Date | null): Promise<MapBridging> {
    const { map, index } = await this.cachedMap(viewer);
    const moment = since ? since.getTime() : Infinity;
    const [before, after] = await Promise.all([this.betweenness(map, index, moment), this.betweenness(map, index, Infinity)]);
    return {
      before,
      after,
      tiesAddedTouching: (networkIds) => {
        if (!since) return 0;
        const measured = new Set<number>();
        for (const id of networkIds) {
          const i = index.get(id);
          if (i !== undefined) measured.add(i);
        }
        let added = 0;
        for (let e = 0; e < map.madeAt.length; e++) {
          if (map.madeAt[e] >= moment && (measured.has(map.ends[2 * e]) || measured.has(map.ends[2 * e + 1]))) added++;
        }
        return added;
      },
    };
  }

  private async cachedMap(viewer: Viewer | null): Promise<CachedMap> {
    // The version is read first: a change landing between the two reads is then at worst in a map kept under the older version.
    const version = await this.directory.version();
    const seen = (await this.directory.audience(viewer, version)).key;
    return this.kept(this.maps, `${version}:${seen}`, () =>
      this.repository.datedMap(viewer).then((map) => ({ map, index: new Map(map.ids.map((id, i) => [id, i])) })),
    );
  }

  /** Betweenness of the map with only the ties made before `moment` (Infinity: every tie). */
  private async betweenness(map: DatedMap, index: Map<string, number>, moment: number): Promise<Betweenness> {
    const ends = moment === Infinity ? map.ends : map.ends.map((end, k) => (map.madeAt[k >> 1] >= moment ? -1 : end));
    const fingerprint = createHash('sha256')
      .update(map.ids.join(','))
      .update(new Uint8Array(ends.buffer, ends.byteOffset, ends.byteLength))
      .digest('base64');
    const { values, estimated } = await this.kept(this.measures, fingerprint, () => this.workers.betweenness({ ids: map.ids, ends }));
    return {
      of: (id) => {
        const i = index.get(id);
        return i === undefined ? 0 : Math.min(1, Math.max(0, values[i]));
      },
      estimated,
    };
  }

  /** The cached promise for `key`, or `make()`'s, kept unless it fails (the next request then tries again). */
  private kept<T extends object>(cache: LRUCache<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
    let entry = cache.get(key);
    if (!entry) {
      entry = make();
      entry.catch(() => cache.delete(key));
      cache.set(key, entry);
    }
    return entry;
  }
}
