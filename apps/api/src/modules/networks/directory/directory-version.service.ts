import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { Viewer } from '../../../common/access/request-context.js';
import { CHANNELS } from '../../../common/events/channels.js';
import { PgEvents } from '../../../common/events/pg-events.service.js';
import { DirectorySearchRepository } from './directory-search.repository.js';
import type { PublicAnswers } from '../../../common/graphql/public-answer-cache.js';

export interface Audience {
  key: string;
  /** The members-only networks seen (none for platform admins, who see everything). */
  hiddenSeen: readonly string[];
}

/** People whose audience is kept (a short string each). */
const AUDIENCES_KEPT = 10_000;

const newer = (a: string | null, b: string): string => (a !== null && BigInt(a) >= BigInt(b) ? a : b);

/**
 * The directory's version, bumped by statement triggers on every change to
 * what the public directory shows (networks, ties, roles, lifecycle, people's
 * names) and announced on a channel, so API processes can share signed-out
 * directory answers without asking the database each time.
 *
 * - A change made through another process shows once its notification arrives
 *   (normally well under a millisecond).
 * - After a mutation through this process, and after the notification
 *   connection comes back, the version is read afresh before it is trusted
 *   again, so people always see their own changes and nothing missed while
 *   disconnected is served.
 * - While the notification connection is down, it is read on every request.
 */
@Injectable()
export class DirectoryVersionService implements PublicAnswers, OnModuleInit {
  readonly rootFields: ReadonlySet<string> = new Set(['networks']);
  /** The highest version announced or read. */
  private latest: string | null = null;
  /** Whether `latest` is current but for notifications in flight. */
  private trusted = false;
  /** Moves on every distrust, so a read begun before it cannot restore trust. */
  private generation = 0;
  /** Audiences (see audience()) of the people who asked lately. */
  private readonly audiences = new LRUCache<string, Promise<Audience>>({ max: AUDIENCES_KEPT });

  constructor(
    private readonly repository: DirectorySearchRepository,
    private readonly events: PgEvents,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.events.listen(CHANNELS.directory, (version) => {
      this.latest = newer(this.latest, String(version));
    });
    this.events.onResync(() => this.invalidate());
  }

  invalidate(): void {
    this.generation += 1;
    this.trusted = false;
  }

  /**
   * Who sees what in the directory at `version` (read first, from version()): the members-only networks
   * the viewer may see, and a key for them: 'public' (signed out, or seeing none), 'everything' (platform
   * admins), or their ids. Viewers with the same key see the same directory, so answers kept for one may
   * be shared with the others. Kept by version and person: a role given or ended moves the version.
   */
  audience(viewer: Viewer | null, version: string): Promise<Audience> {
    if (!viewer) return Promise.resolve({ key: 'public', hiddenSeen: [] });
    if (viewer.isPlatformAdmin) return Promise.resolve({ key: 'everything', hiddenSeen: [] });
    const key = `${version}:${viewer.personId}`;
    let audience = this.audiences.get(key);
    if (!audience) {
      audience = this.repository.hiddenSeenBy(viewer).then((ids) => ({ key: ids.join(',') || 'public', hiddenSeen: ids }));
      audience.catch(() => this.audiences.delete(key));
      this.audiences.set(key, audience);
    }
    return audience;
  }

  async version(): Promise<string> {
    if (this.trusted && this.latest !== null && this.events.isConnected) return this.latest;
    const generation = this.generation;
    const version = await this.repository.version();
    if (generation === this.generation && this.events.isConnected) {
      this.latest = newer(this.latest, version);
      this.trusted = true;
    }
    return version;
  }
}
