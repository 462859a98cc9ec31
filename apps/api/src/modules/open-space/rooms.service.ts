import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/access/request-context.js';
import { CHANNELS } from '../../common/events/channels.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { OpenSpaceAccess } from './open-space-access.service.js';
import { isOpenSpaceError, openSpaceError, OpenSpaceError } from './open-space.errors.js';
import type { PersonName } from '../accounts/person-name.model.js';
import type { PresenceModel } from './presence.model.js';
import { WallView } from './wall-view.service.js';

/**
 * Breakout rooms and the law of two feet: a person is in at most one room per
 * gathering, and moving is one transaction, serialised per person by an
 * advisory lock. Each room's headcount is kept on its session row, changed
 * under that row's lock (people before rooms, rooms in id order, so two people
 * swapping rooms cannot deadlock) and bounded by a CHECK constraint, so no
 * room is ever over capacity. The move itself is one SQL statement (the
 * open_space_move function): moves are the busiest writes of the day.
 */
@Injectable()
export class RoomsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RoomsService.name);
  /** People whose room page is connected to this process: their presence is kept fresh. */
  private readonly connected = new Map<string, { gatheringId: string; personId: string; count: number }>();
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: OpenSpaceAccess,
    private readonly wall: WallView,
  ) {}

  onModuleInit(): void {
    // A third of the timeout: refresh who is connected, and end the presence of whoever went silent.
    const every = Math.max(1, Math.floor(this.config.openSpace.presenceTimeoutSeconds / 3)) * 1000;
    this.heartbeat = setInterval(() => {
      void this.refreshAndSweep().catch((error: Error) => this.logger.warn(`presence upkeep failed: ${error.message}`));
    }, every);
    this.heartbeat.unref();
  }

  onModuleDestroy(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
  }

  /** Moves the viewer into the room of a placed session (leaving any other room of the gathering in the same step). */
  async join(sessionId: string, viewer: Viewer): Promise<PresenceModel> {
    const gatheringId = await this.access.roomEntry(sessionId, viewer);
    await this.moveOnce(gatheringId, sessionId, viewer.personId);
    return { gatheringId, session: (await this.wall.sessionModels([sessionId]))[0] ?? null };
  }

  async leave(gatheringId: string, viewer: Viewer): Promise<PresenceModel> {
    await this.access.visibleGathering(gatheringId, viewer);
    await this.moveOnce(gatheringId, null, viewer.personId);
    return { gatheringId, session: null };
  }

  /**
   * Somewhere new: a room in the same time slot as yours (or the slot on now)
   * with space, where you know fewest of the people (people who share a
   * network with you), then the emptiest; never the room you are in.
   */
  async somewhereNew(gatheringId: string, viewer: Viewer): Promise<PresenceModel> {
    await this.access.visibleGathering(gatheringId, viewer);
    await this.access.assertParticipant(gatheringId, viewer);
    const candidates: { id: string }[] = await this.dataSource.query(
      `WITH mine AS (
         SELECT session_id FROM presences WHERE gathering_id = $1 AND person_id = $2
       ), slot AS (
         SELECT coalesce(
           (SELECT s.slot_id FROM agenda_sessions s JOIN mine ON mine.session_id = s.id),
           (SELECT id FROM time_slots WHERE gathering_id = $1 AND now() < ends_at ORDER BY starts_at LIMIT 1)) AS id
       ), my_networks AS (
         SELECT scope_id FROM role_assignments WHERE person_id = $2 AND scope_type = 'network' AND ended_at IS NULL
       )
       SELECT s.id,
              (SELECT count(*) FROM presences p
                WHERE p.session_id = s.id AND EXISTS (
                  SELECT 1 FROM role_assignments ra JOIN my_networks m ON m.scope_id = ra.scope_id
                   WHERE ra.person_id = p.person_id AND ra.scope_type = 'network' AND ra.ended_at IS NULL)) AS known
         FROM agenda_sessions s, slot
        WHERE s.gathering_id = $1 AND s.slot_id = slot.id AND s.merged_into_id IS NULL AND s.headcount < s.capacity
          AND s.id IS DISTINCT FROM (SELECT session_id FROM mine)
        ORDER BY known, s.headcount, random()
        LIMIT 5`,
      [gatheringId, viewer.personId],
    );
    // The best first; if it fills up meanwhile, the next.
    for (const candidate of candidates) {
      try {
        return await this.join(candidate.id, viewer);
      } catch (error) {
        if (!isOpenSpaceError(error, OpenSpaceError.RoomFull)) throw error;
      }
    }
    throw openSpaceError(OpenSpaceError.NowhereNew);
  }

  async presence(gatheringId: string, viewer: Viewer): Promise<PresenceModel> {
    const [row]: { sessionId: string }[] = await this.dataSource.query(
      `SELECT session_id AS "sessionId" FROM presences WHERE gathering_id = $1 AND person_id = $2`,
      [gatheringId, viewer.personId],
    );
    return { gatheringId, session: row ? ((await this.wall.sessionModels([row.sessionId]))[0] ?? null) : null };
  }

  async peopleIn(sessionId: string): Promise<PersonName[]> {
    return this.dataSource.query(
      `SELECT p.id, p.display_name AS "displayName" FROM presences pr JOIN people p ON p.id = pr.person_id
        WHERE pr.session_id = $1 ORDER BY pr.joined_at, p.id`,
      [sessionId],
    );
  }

  /** Keeps this person's presence fresh while their room page is connected here. Returns the release. */
  keepPresent(gatheringId: string, personId: string): () => void {
    const key = `${gatheringId}:${personId}`;
    const entry = this.connected.get(key) ?? { gatheringId, personId, count: 0 };
    entry.count += 1;
    this.connected.set(key, entry);
    return () => {
      entry.count -= 1;
      if (entry.count <= 0) this.connected.delete(key);
    };
  }

  /** Refreshes connected people's presence, then ends every presence silent for longer than the timeout. */
  async refreshAndSweep(): Promise<number> {
    const people = [...this.connected.values()];
    if (people.length > 0) {
      await this.dataSource.query(
        `UPDATE presences SET last_seen_at = now()
           FROM unnest($1::uuid[], $2::uuid[]) AS c(gathering_id, person_id)
          WHERE presences.gathering_id = c.gathering_id AND presences.person_id = c.person_id`,
        [people.map((p) => p.gatheringId), people.map((p) => p.personId)],
      );
    }
    const silent: { gatheringId: string; personId: string }[] = await this.dataSource.query(
      `SELECT gathering_id AS "gatheringId", person_id AS "personId" FROM presences
        WHERE last_seen_at < now() - make_interval(secs => $1) LIMIT 500`,
      [this.config.openSpace.presenceTimeoutSeconds],
    );
    let ended = 0;
    for (const { gatheringId, personId } of silent) {
      // Only if still silent once locked: they may have come back meanwhile.
      if (await this.moveOnce(gatheringId, null, personId, this.config.openSpace.presenceTimeoutSeconds)) ended += 1;
    }
    return ended;
  }

  /**
   * One step, one statement (open_space_move: database/functions/open_space_move.v1.sql): leave the
   * current room (if any) and enter `target` (if any). With `onlyIfSilentFor`,
   * only a presence silent that long is ended. Returns whether anything changed.
   */
  private async moveOnce(gatheringId: string, target: string | null, personId: string, onlyIfSilentFor?: number): Promise<boolean> {
    const [{ outcome }]: { outcome: 'moved' | 'unchanged' | 'full' | 'not_placed' }[] = await this.dataSource.query(
      `SELECT outcome FROM open_space_move($1, $2, $3, $4, $5)`,
      [gatheringId, personId, target, onlyIfSilentFor ?? null, CHANNELS.live],
    );
    if (outcome === 'full') throw openSpaceError(OpenSpaceError.RoomFull);
    if (outcome === 'not_placed') throw openSpaceError(OpenSpaceError.NotPlaced);
    return outcome === 'moved';
  }
}
