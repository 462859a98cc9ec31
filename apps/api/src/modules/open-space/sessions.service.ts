import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access/request-context.js';
import { changedRows } from '../../database/changed-rows.js';
import { AgendaSessionEntity } from './agenda-session.entity.js';
import type { MergeSessionsInput } from './dtos/merge-sessions.input.js';
import type { PlaceSessionInput } from './dtos/place-session.input.js';
import type { ProposeSessionInput } from './dtos/propose-session.input.js';
import { OpenSpaceAccess } from './open-space-access.service.js';
import { OpenSpaceLive } from './open-space-live.service.js';
import { openSpaceError, OpenSpaceError } from './open-space.errors.js';
import type { Placement } from './placement.model.js';
import { suggestSchedule } from './schedule.js';
import type { ScheduleSuggestion } from './schedule-suggestion.model.js';
import { SessionInterestEntity } from './session-interest.entity.js';
import type { SessionModel } from './session.model.js';
import { SpaceEntity } from './space.entity.js';
import { TimeSlotEntity } from './time-slot.entity.js';
import { WallView } from './wall-view.service.js';

const constraintOf = (error: unknown): string | undefined =>
  error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;

/** The sessions participants propose, star and place on the wall (and conveners merge and schedule). */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OpenSpaceAccess,
    private readonly live: OpenSpaceLive,
    private readonly wall: WallView,
  ) {}

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
      return (await this.wall.sessionModels([session.id], manager))[0];
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
      return (await this.wall.sessionModels([sessionId], manager))[0];
    });
  }

  /** Puts a session on the wall, or moves it: one session per cell, a host in one place per slot. */
  async place(input: PlaceSessionInput, viewer: Viewer): Promise<SessionModel> {
    const session = await this.sessionFor(input.sessionId, viewer);
    await this.assertHostOrConvener(session, viewer);
    return this.dataSource.transaction(async (manager) => {
      await this.placeIn(manager, session.gatheringId, input);
      return (await this.wall.sessionModels([session.id], manager))[0];
    });
  }

  /** A proposed placement of the sessions not yet on the wall, for conveners to review, then apply (see suggestSchedule). */
  async suggestSchedule(gatheringId: string, viewer: Viewer): Promise<ScheduleSuggestion> {
    const gathering = await this.access.visibleGathering(gatheringId, viewer);
    this.access.assertNotClosed(gathering);
    await this.access.assertConvener(gatheringId, viewer);
    const [spaces, slots, sessions] = await Promise.all([
      this.dataSource.getRepository(SpaceEntity).find({ where: { gatheringId } }),
      this.dataSource.getRepository(TimeSlotEntity).find({ where: { gatheringId } }),
      this.dataSource.getRepository(AgendaSessionEntity).find({ where: { gatheringId, mergedIntoId: IsNull() } }),
    ]);
    return suggestSchedule({
      waiting: sessions.filter((s) => !s.slotId),
      spaces,
      slots,
      taken: sessions.flatMap((s) => (s.slotId && s.spaceId ? [{ slotId: s.slotId, spaceId: s.spaceId, hostId: s.hostId }] : [])),
    });
  }

  /** Places several sessions at once, all or nothing (conveners, e.g. a reviewed suggestion). */
  async applySchedule(gatheringId: string, placements: Placement[], viewer: Viewer): Promise<SessionModel[]> {
    const gathering = await this.access.visibleGathering(gatheringId, viewer);
    this.access.assertNotClosed(gathering);
    await this.access.assertConvener(gatheringId, viewer);
    return this.dataSource.transaction(async (manager) => {
      for (const placement of placements) await this.placeIn(manager, gatheringId, placement);
      return this.wall.sessionModels(
        placements.map((p) => p.sessionId),
        manager,
      );
    });
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
      return (await this.wall.sessionModels([sessionId], manager))[0];
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
      return (await this.wall.sessionModels([b.id], manager))[0];
    });
  }

  /** A session the viewer may see (its gathering visible), not merged away, its gathering not closed. */
  async sessionFor(sessionId: string, viewer: Viewer | null): Promise<AgendaSessionEntity> {
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
    return session;
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

  private async assertHostOrConvener(session: AgendaSessionEntity, viewer: Viewer): Promise<void> {
    if (session.hostId === viewer.personId) {
      await this.access.assertParticipant(session.gatheringId, viewer);
      return;
    }
    if (!(await this.access.isConvener(session.gatheringId, viewer))) throw openSpaceError(OpenSpaceError.NotHostOrConvener);
  }
}
