import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access/request-context.js';
import { changedRows } from '../../database/changed-rows.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
// eslint-disable-next-line boundaries/dependencies -- issue 10: another module's internals; its owner is moving this behind a public export
import type { GatheringEntity } from '../gatherings/gathering.entity.js';
import { GatheringStatus } from '../gatherings/gathering.enums.js';
import { AgendaSessionEntity } from './agenda-session.entity.js';
import type { CreateSpaceInput, CreateTimeSlotInput, UpdateSpaceInput } from './dtos/grid.input.js';
import type { MergeSessionsInput, PlaceSessionInput, ProposeSessionInput } from './dtos/sessions.input.js';
import { OpenSpaceAccess } from './open-space-access.service.js';
import { OpenSpaceLive } from './open-space-live.service.js';
import { openSpaceError, OpenSpaceError } from './open-space.errors.js';
import type { PersonName } from '../accounts/person-name.model.js';
import type {
  Placement,
  ScheduleSuggestion,
  SessionModel,
  SpaceModel,
  TimeSlotModel,
  UnplacedSession,
  WallModel,
} from './open-space.model.js';
import { UnplacedReason } from './open-space.enums.js';
import { SessionInterestEntity } from './session-interest.entity.js';
import { SpaceEntity } from './space.entity.js';
import { TimeSlotEntity } from './time-slot.entity.js';

/** Lexicographic comparison of scores. */
const isLess = (a: number[], b: number[]): boolean => {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && a[i] < b[i];
};

const constraintOf = (error: unknown): string | undefined =>
  error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;

/** The agenda wall: the grid of spaces × time slots, and the sessions participants propose and place on it. */
@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: OpenSpaceAccess,
    private readonly live: OpenSpaceLive,
  ) {}

  // ---- the grid (conveners; the resolver checks the role) ----

  async createSpace(input: CreateSpaceInput): Promise<SpaceModel> {
    this.access.assertNotClosed(await this.gatheringOf(input.gatheringId));
    return this.dataSource.transaction(async (manager) => {
      const space = await this.saveSpace(
        manager,
        manager.getRepository(SpaceEntity).create({ ...input, videoRoom: input.videoRoom ?? null }),
      );
      await this.live.publish({ g: input.gatheringId, k: 'grid' }, manager);
      return this.spaceModel(space);
    });
  }

  async updateSpace(input: UpdateSpaceInput, viewer: Viewer): Promise<SpaceModel> {
    await this.convenerOf(SpaceEntity, input.spaceId, viewer);
    return this.dataSource.transaction(async (manager) => {
      const space = await manager.getRepository(SpaceEntity).findOne({ where: { id: input.spaceId }, lock: { mode: 'pessimistic_write' } });
      if (!space) throw openSpaceError(OpenSpaceError.SpaceNotFound);
      this.access.assertNotClosed(await this.gatheringOf(space.gatheringId, manager));
      if (input.name !== undefined) space.name = input.name;
      if (input.tags !== undefined) space.tags = input.tags;
      if (input.videoRoom !== undefined) space.videoRoom = input.videoRoom;
      if (input.capacity !== undefined && input.capacity !== space.capacity) {
        space.capacity = input.capacity;
        // Sessions placed here take the new capacity; never below the people in them.
        const [crowded]: { headcount: number }[] = await manager.query(
          `SELECT headcount FROM agenda_sessions WHERE space_id = $1 AND headcount > $2 ORDER BY headcount DESC LIMIT 1 FOR UPDATE`,
          [space.id, input.capacity],
        );
        if (crowded) throw openSpaceError(OpenSpaceError.TooManyForSpace, String(crowded.headcount));
        const moved = await changedRows<{ id: string }>(
          manager,
          `UPDATE agenda_sessions SET capacity = $2, version = version + 1 WHERE space_id = $1 RETURNING id`,
          [space.id, input.capacity],
        );
        for (const { id } of moved) await this.live.publish({ g: space.gatheringId, k: 'session', s: id }, manager);
      }
      const saved = await this.saveSpace(manager, space);
      await this.live.publish({ g: space.gatheringId, k: 'grid' }, manager);
      return this.spaceModel(saved);
    });
  }

  async deleteSpace(spaceId: string, viewer: Viewer): Promise<string> {
    await this.convenerOf(SpaceEntity, spaceId, viewer);
    return this.dataSource.transaction(async (manager) => {
      const space = await manager.getRepository(SpaceEntity).findOneBy({ id: spaceId });
      if (!space) throw openSpaceError(OpenSpaceError.SpaceNotFound);
      if (await manager.getRepository(AgendaSessionEntity).existsBy({ spaceId })) throw openSpaceError(OpenSpaceError.SpaceInUse);
      await manager.getRepository(SpaceEntity).delete({ id: spaceId });
      await this.live.publish({ g: space.gatheringId, k: 'grid' }, manager);
      return space.gatheringId;
    });
  }

  async createTimeSlot(input: CreateTimeSlotInput): Promise<TimeSlotModel> {
    if (input.endsAt <= input.startsAt) throw openSpaceError(OpenSpaceError.EndBeforeStart);
    this.access.assertNotClosed(await this.gatheringOf(input.gatheringId));
    return this.dataSource.transaction(async (manager) => {
      const slot = await manager.getRepository(TimeSlotEntity).save({ ...input, label: input.label ?? null });
      await this.live.publish({ g: input.gatheringId, k: 'grid' }, manager);
      return slot;
    });
  }

  async deleteTimeSlot(slotId: string, viewer: Viewer): Promise<string> {
    await this.convenerOf(TimeSlotEntity, slotId, viewer);
    return this.dataSource.transaction(async (manager) => {
      const slot = await manager.getRepository(TimeSlotEntity).findOneBy({ id: slotId });
      if (!slot) throw openSpaceError(OpenSpaceError.SlotNotFound);
      if (await manager.getRepository(AgendaSessionEntity).existsBy({ slotId })) throw openSpaceError(OpenSpaceError.SlotInUse);
      await manager.getRepository(TimeSlotEntity).delete({ id: slotId });
      await this.live.publish({ g: slot.gatheringId, k: 'grid' }, manager);
      return slot.gatheringId;
    });
  }

  // ---- sessions ----

  async propose(input: ProposeSessionInput, viewer: Viewer): Promise<SessionModel> {
    const gathering = await this.access.visibleGathering(input.gatheringId, viewer);
    this.access.assertNotClosed(gathering);
    await this.access.assertParticipant(gathering.id, viewer);
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.getRepository(AgendaSessionEntity).save({
        gatheringId: gathering.id,
        hostId: viewer.personId,
        title: input.title,
        description: input.description,
        needs: input.needs,
      });
      await this.live.publish({ g: gathering.id, k: 'session', s: session.id }, manager);
      return (await this.sessionModels([session.id], manager))[0];
    });
  }

  async star(sessionId: string, starred: boolean, viewer: Viewer): Promise<SessionModel> {
    const session = await this.sessionFor(sessionId, viewer);
    await this.access.assertParticipant(session.gatheringId, viewer);
    return this.dataSource.transaction(async (manager) => {
      const changed = starred
        ? await manager
            .createQueryBuilder()
            .insert()
            .into(SessionInterestEntity)
            .values({ sessionId, personId: viewer.personId })
            .orIgnore()
            .execute()
        : await manager.getRepository(SessionInterestEntity).delete({ sessionId, personId: viewer.personId });
      const count = 'identifiers' in changed ? (changed.raw as unknown[]).length : (changed.affected ?? 0);
      if (count > 0) {
        await manager.query(`UPDATE agenda_sessions SET interest_count = interest_count + $2, version = version + 1 WHERE id = $1`, [
          sessionId,
          starred ? 1 : -1,
        ]);
        await this.live.publish({ g: session.gatheringId, k: 'session', s: sessionId }, manager);
      }
      return (await this.sessionModels([sessionId], manager))[0];
    });
  }

  /** Puts a session on the wall, or moves it: one session per cell, a host in one place per slot. */
  async place(input: PlaceSessionInput, viewer: Viewer): Promise<SessionModel> {
    const session = await this.sessionFor(input.sessionId, viewer);
    await this.assertHostOrConvener(session, viewer);
    return this.dataSource.transaction(async (manager) => {
      await this.placeIn(manager, session.gatheringId, input);
      return (await this.sessionModels([session.id], manager))[0];
    });
  }

  /**
   * A proposed placement of the sessions not yet on the wall (conveners review
   * it, then apply it): most-starred first, each into the free cell whose space
   * has the tags it needs, where its host is free, and whose capacity best fits
   * its interest (the smallest room that holds everyone interested, else the largest).
   */
  async suggestSchedule(gatheringId: string, viewer: Viewer): Promise<ScheduleSuggestion> {
    const gathering = await this.access.visibleGathering(gatheringId, viewer);
    this.access.assertNotClosed(gathering);
    await this.access.assertConvener(gatheringId, viewer);
    const [spaces, slots, sessions] = await Promise.all([
      this.dataSource.getRepository(SpaceEntity).find({ where: { gatheringId }, order: { capacity: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(TimeSlotEntity).find({ where: { gatheringId }, order: { startsAt: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(AgendaSessionEntity).find({ where: { gatheringId, mergedIntoId: IsNull() } }),
    ]);
    const taken = new Set(sessions.filter((s) => s.slotId).map((s) => `${s.slotId}:${s.spaceId}`));
    const hosting = new Set(sessions.filter((s) => s.slotId).map((s) => `${s.slotId}:${s.hostId}`));
    const waiting = sessions
      .filter((s) => !s.slotId)
      .sort((a, b) => b.interestCount - a.interestCount || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    const placements: Placement[] = [];
    const unplaced: UnplacedSession[] = [];
    for (const session of waiting) {
      let best: { slot: TimeSlotEntity; space: SpaceEntity; score: number[] } | null = null;
      let suited = false;
      for (const slot of slots) {
        if (hosting.has(`${slot.id}:${session.hostId}`)) continue;
        for (const space of spaces) {
          if (!session.needs.every((need) => space.tags.includes(need))) continue;
          suited = true;
          if (taken.has(`${slot.id}:${space.id}`)) continue;
          // A room that holds everyone interested; sparing rooms with tags others may need; the snuggest (or, if none fits, the biggest).
          const fits = space.capacity >= session.interestCount;
          const score = [
            fits ? 0 : 1,
            space.tags.filter((tag) => !session.needs.includes(tag)).length,
            fits ? space.capacity : -space.capacity,
          ];
          if (!best || isLess(score, best.score)) best = { slot, space, score };
        }
        if (best) break; // the earliest slot with a suitable free cell
      }
      if (!best) {
        unplaced.push(
          suited
            ? { sessionId: session.id, code: UnplacedReason.NO_FREE_CELL, reason: 'Every suitable cell is taken, or its host is busy.' }
            : { sessionId: session.id, code: UnplacedReason.NO_SUITABLE_SPACE, reason: 'No space has everything it needs.' },
        );
        continue;
      }
      taken.add(`${best.slot.id}:${best.space.id}`);
      hosting.add(`${best.slot.id}:${session.hostId}`);
      placements.push({ sessionId: session.id, slotId: best.slot.id, spaceId: best.space.id });
    }
    return { placements, unplaced };
  }

  /** Places several sessions at once, all or nothing (conveners, e.g. a reviewed suggestion). */
  async applySchedule(gatheringId: string, placements: Placement[], viewer: Viewer): Promise<SessionModel[]> {
    const gathering = await this.access.visibleGathering(gatheringId, viewer);
    this.access.assertNotClosed(gathering);
    await this.access.assertConvener(gatheringId, viewer);
    return this.dataSource.transaction(async (manager) => {
      for (const placement of placements) await this.placeIn(manager, gatheringId, placement);
      return this.sessionModels(
        placements.map((p) => p.sessionId),
        manager,
      );
    });
  }

  /** One placement inside a transaction: the session locked, the cell free, the host free, the space big enough. */
  private async placeIn(manager: EntityManager, gatheringId: string, placement: Placement): Promise<void> {
    const locked = await manager
      .getRepository(AgendaSessionEntity)
      .findOne({ where: { id: placement.sessionId, gatheringId }, lock: { mode: 'pessimistic_write' } });
    if (!locked || locked.mergedIntoId) throw openSpaceError(OpenSpaceError.SessionNotFound);
    const [slot, space] = await Promise.all([
      manager.getRepository(TimeSlotEntity).findOneBy({ id: placement.slotId, gatheringId }),
      manager.getRepository(SpaceEntity).findOneBy({ id: placement.spaceId, gatheringId }),
    ]);
    if (!slot) throw openSpaceError(OpenSpaceError.SlotNotFound);
    if (!space) throw openSpaceError(OpenSpaceError.SpaceNotFound);
    if (locked.headcount > space.capacity) throw openSpaceError(OpenSpaceError.TooManyForSpace, String(locked.headcount));
    await this.assertCellFree(manager, locked, slot.id, space.id);
    try {
      await manager.query(`UPDATE agenda_sessions SET slot_id = $2, space_id = $3, capacity = $4, version = version + 1 WHERE id = $1`, [
        locked.id,
        slot.id,
        space.id,
        space.capacity,
      ]);
    } catch (error) {
      // Someone took the cell, or booked the host, between our check and our write.
      if (constraintOf(error) === 'agenda_sessions_one_per_cell') throw openSpaceError(OpenSpaceError.CellTaken);
      if (constraintOf(error) === 'agenda_sessions_host_once_per_slot') throw openSpaceError(OpenSpaceError.HostClash);
      throw error;
    }
    await this.live.publish({ g: gatheringId, k: 'session', s: locked.id }, manager);
  }

  /** Takes a session off the wall (its room must be empty). */
  async unplace(sessionId: string, viewer: Viewer): Promise<SessionModel> {
    const session = await this.sessionFor(sessionId, viewer);
    await this.assertHostOrConvener(session, viewer);
    return this.dataSource.transaction(async (manager) => {
      const rows = await changedRows(
        manager,
        `UPDATE agenda_sessions SET slot_id = NULL, space_id = NULL, capacity = NULL, version = version + 1
          WHERE id = $1 AND headcount = 0 RETURNING id`,
        [sessionId],
      );
      if (rows.length === 0) throw openSpaceError(OpenSpaceError.RoomNotEmpty);
      await this.live.publish({ g: session.gatheringId, k: 'session', s: sessionId }, manager);
      return (await this.sessionModels([sessionId], manager))[0];
    });
  }

  /** Folds a session into another (conveners): stars and people move across, within the room's capacity. */
  async merge(input: MergeSessionsInput, viewer: Viewer): Promise<SessionModel> {
    if (input.sessionId === input.intoSessionId) throw openSpaceError(OpenSpaceError.MergeIntoItself);
    const from = await this.sessionFor(input.sessionId, viewer);
    const into = await this.sessionFor(input.intoSessionId, viewer);
    if (from.gatheringId !== into.gatheringId) throw openSpaceError(OpenSpaceError.SessionNotFound);
    await this.access.assertConvener(from.gatheringId, viewer);
    return this.dataSource.transaction(async (manager) => {
      // People before rooms, rooms in id order, as every move does, so merges and moves cannot deadlock.
      await manager.query(`SELECT 1 FROM presences WHERE session_id = $1 FOR UPDATE`, [from.id]);
      const rows: AgendaSessionEntity[] = await manager
        .getRepository(AgendaSessionEntity)
        .createQueryBuilder('s')
        .where('s.id IN (:...ids)', { ids: [from.id, into.id] })
        .orderBy('s.id')
        .setLock('pessimistic_write')
        .getMany();
      const a = rows.find((r) => r.id === from.id)!;
      const b = rows.find((r) => r.id === into.id)!;
      if (a.mergedIntoId || b.mergedIntoId) throw openSpaceError(OpenSpaceError.SessionNotFound);
      if (a.headcount > 0) {
        if (b.capacity === null) throw openSpaceError(OpenSpaceError.NotPlaced);
        if (b.headcount + a.headcount > b.capacity) throw openSpaceError(OpenSpaceError.TooManyForSpace, String(b.headcount + a.headcount));
        await manager.query(`UPDATE presences SET session_id = $2 WHERE session_id = $1`, [a.id, b.id]);
      }
      await manager.query(
        `INSERT INTO session_interests (session_id, person_id, created_at)
         SELECT $2, person_id, created_at FROM session_interests WHERE session_id = $1 ON CONFLICT DO NOTHING`,
        [a.id, b.id],
      );
      await manager.query(
        `UPDATE agenda_sessions SET headcount = headcount + $2, version = version + 1,
                interest_count = (SELECT count(*) FROM session_interests WHERE session_id = $1)
          WHERE id = $1`,
        [b.id, a.headcount],
      );
      await manager.query(
        `UPDATE agenda_sessions SET merged_into_id = $2, slot_id = NULL, space_id = NULL, capacity = NULL, headcount = 0, version = version + 1
          WHERE id = $1`,
        [a.id, b.id],
      );
      await this.live.publish({ g: a.gatheringId, k: 'session', s: a.id }, manager);
      await this.live.publish({ g: a.gatheringId, k: 'session', s: b.id }, manager);
      return (await this.sessionModels([b.id], manager))[0];
    });
  }

  // ---- reading ----

  async wall(gatheringId: string, viewer: Viewer | null): Promise<WallModel> {
    const gathering = await this.access.visibleGathering(gatheringId, viewer);
    const [spaces, slots, ids] = await Promise.all([
      this.dataSource.getRepository(SpaceEntity).find({ where: { gatheringId }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(TimeSlotEntity).find({ where: { gatheringId }, order: { startsAt: 'ASC', id: 'ASC' } }),
      this.dataSource.query(`SELECT id FROM agenda_sessions WHERE gathering_id = $1 AND merged_into_id IS NULL ORDER BY created_at, id`, [
        gatheringId,
      ]) as Promise<{ id: string }[]>,
    ]);
    return {
      gatheringId: gathering.id,
      spaces: spaces.map((s) => this.spaceModel(s)),
      slots,
      sessions: await this.sessionModels(ids.map((r) => r.id)),
    };
  }

  /** Sessions by id, in that order, with their hosts, slots and spaces (one statement). */
  async sessionModels(ids: string[], manager: EntityManager | DataSource = this.dataSource): Promise<SessionModel[]> {
    if (ids.length === 0) return [];
    type Row = Omit<SessionModel, 'host' | 'slot' | 'space'> & {
      host: PersonName;
      slot: TimeSlotModel | null;
      space: Pick<SpaceEntity, 'id' | 'name' | 'capacity' | 'tags' | 'videoRoom'> | null;
    };
    const rows: Row[] = await manager.query(
      `SELECT s.id, s.gathering_id AS "gatheringId", s.title, s.description, s.needs, s.slot_id AS "slotId", s.space_id AS "spaceId",
              s.capacity, s.headcount, s.interest_count AS "interestCount", s.merged_into_id AS "mergedIntoId", s.version::text AS version,
              json_build_object('id', p.id, 'displayName', p.display_name) AS host,
              CASE WHEN t.id IS NOT NULL THEN json_build_object('id', t.id, 'startsAt', t.starts_at, 'endsAt', t.ends_at, 'label', t.label) END AS slot,
              CASE WHEN sp.id IS NOT NULL THEN json_build_object('id', sp.id, 'name', sp.name, 'capacity', sp.capacity, 'tags', sp.tags,
                                                                 'videoRoom', sp.video_room) END AS space
         FROM agenda_sessions s JOIN people p ON p.id = s.host_id
              LEFT JOIN time_slots t ON t.id = s.slot_id
              LEFT JOIN spaces sp ON sp.id = s.space_id
        WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(
      rows.map((row) => [
        row.id,
        {
          ...row,
          slot: row.slot && { ...row.slot, startsAt: new Date(row.slot.startsAt), endsAt: new Date(row.slot.endsAt) },
          space: row.space && this.spaceModel(row.space),
        },
      ]),
    );
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async starredBy(gatheringId: string, viewer: Viewer | null): Promise<string[]> {
    if (!viewer) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT i.session_id AS id FROM session_interests i JOIN agenda_sessions s ON s.id = i.session_id
        WHERE s.gathering_id = $1 AND i.person_id = $2`,
      [gatheringId, viewer.personId],
    );
    return rows.map((r) => r.id);
  }

  // ---- helpers ----

  /** A session the viewer may see (its gathering visible), not merged away, its gathering not closed. */
  async sessionFor(sessionId: string, viewer: Viewer | null): Promise<AgendaSessionEntity> {
    return (await this.sessionAndGathering(sessionId, viewer)).session;
  }

  async sessionAndGathering(
    sessionId: string,
    viewer: Viewer | null,
  ): Promise<{ session: AgendaSessionEntity; gathering: GatheringEntity }> {
    const session = await this.dataSource
      .getRepository(AgendaSessionEntity)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.gathering', 'g')
      .where('s.id = :sessionId', { sessionId })
      .getOne();
    const gathering = session?.gathering;
    if (!session || !gathering || session.mergedIntoId) throw openSpaceError(OpenSpaceError.SessionNotFound);
    await this.access.assertVisible(gathering, viewer).catch(() => {
      throw openSpaceError(OpenSpaceError.SessionNotFound);
    });
    this.access.assertNotClosed(gathering);
    return { session, gathering };
  }

  /** The space or slot must exist in a gathering the viewer convenes (NOT_FOUND for anyone who cannot see it). */
  private async convenerOf(entity: typeof SpaceEntity | typeof TimeSlotEntity, id: string, viewer: Viewer): Promise<void> {
    const row: { gatheringId: string } | null = await this.dataSource.getRepository<SpaceEntity | TimeSlotEntity>(entity).findOneBy({ id });
    const missing = entity === SpaceEntity ? OpenSpaceError.SpaceNotFound : OpenSpaceError.SlotNotFound;
    if (!row) throw openSpaceError(missing);
    await this.access.visibleGathering(row.gatheringId, viewer).catch(() => {
      throw openSpaceError(missing);
    });
    await this.access.assertConvener(row.gatheringId, viewer);
  }

  private async assertHostOrConvener(session: AgendaSessionEntity, viewer: Viewer): Promise<void> {
    if (session.hostId === viewer.personId) {
      await this.access.assertParticipant(session.gatheringId, viewer);
      return;
    }
    if (!(await this.access.isConvener(session.gatheringId, viewer))) throw openSpaceError(OpenSpaceError.NotHostOrConvener);
  }

  private async assertCellFree(manager: EntityManager, session: AgendaSessionEntity, slotId: string, spaceId: string): Promise<void> {
    const taken: { title: string; clash: boolean }[] = await manager.query(
      `SELECT title, host_id = $4 AND space_id <> $3 AS clash FROM agenda_sessions
        WHERE id <> $1 AND slot_id = $2 AND merged_into_id IS NULL AND (space_id = $3 OR host_id = $4)
        ORDER BY clash`,
      [session.id, slotId, spaceId, session.hostId],
    );
    const cell = taken.find((t) => !t.clash);
    if (cell) throw openSpaceError(OpenSpaceError.CellTaken, cell.title);
    const clash = taken.find((t) => t.clash);
    if (clash) throw openSpaceError(OpenSpaceError.HostClash, clash.title);
  }

  private async saveSpace(manager: EntityManager, space: SpaceEntity): Promise<SpaceEntity> {
    try {
      await manager.query('SAVEPOINT save_space');
      const saved = await manager.getRepository(SpaceEntity).save(space);
      return saved;
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT save_space');
      if (constraintOf(error) === 'spaces_name_unique') throw openSpaceError(OpenSpaceError.SpaceNameTaken);
      throw error;
    }
  }

  private async gatheringOf(
    gatheringId: string,
    manager: EntityManager | DataSource = this.dataSource,
  ): Promise<{ status: GatheringStatus }> {
    const [row]: { status: GatheringStatus }[] = await manager.query(`SELECT status FROM gatherings WHERE id = $1`, [gatheringId]);
    if (!row) throw openSpaceError(OpenSpaceError.SessionNotFound);
    return row;
  }

  spaceModel(space: Pick<SpaceEntity, 'id' | 'name' | 'capacity' | 'tags' | 'videoRoom'>): SpaceModel {
    return {
      id: space.id,
      name: space.name,
      capacity: space.capacity,
      tags: space.tags,
      videoUrl: space.videoRoom ? `${this.config.openSpace.videoCallBaseUrl}/${space.videoRoom}` : null,
    };
  }
}
