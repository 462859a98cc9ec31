import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import type { GatheringStatus } from '../gatherings/gathering.enums.js';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import { isUniqueViolation } from '../../database/pg-errors.js';
import type { MergeSessionsInput } from './dtos/merge-sessions.input.js';
import type { PlaceSessionInput } from './dtos/place-session.input.js';
import type { ProposeSessionInput } from './dtos/propose-session.input.js';
import { GridRepository } from './grid.repository.js';
import { OpenSpaceAccess } from './open-space-access.service.js';
import { OpenSpaceLive } from './open-space-live.service.js';
import { openSpaceError, OpenSpaceError } from './open-space.errors.js';
import type { Placement } from './placement.model.js';
import { RoomsRepository } from './rooms.repository.js';
import { suggestSchedule } from './schedule.js';
import type { ScheduleSuggestion } from './schedule-suggestion.model.js';
import type { SessionModel } from './session.model.js';
import { SessionsRepository, type SessionRow } from './sessions.repository.js';
import { WallView } from './wall-view.service.js';

/** The sessions participants propose, star and place on the wall (and conveners merge and schedule). */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDb() private readonly db: Db,
    private readonly sessions: SessionsRepository,
    private readonly grid: GridRepository,
    private readonly rooms: RoomsRepository,
    private readonly access: OpenSpaceAccess,
    private readonly live: OpenSpaceLive,
    private readonly wall: WallView,
  ) {}

  async propose(input: ProposeSessionInput, viewer: Viewer): Promise<SessionModel> {
    const gathering = await this.access.visibleGathering(input.gatheringId, viewer);
    this.access.assertNotClosed(gathering);
    await this.access.assertParticipant(gathering.id, viewer);
    const { title, description, needs } = input;
    return this.db.transaction().execute(async (trx) => {
      const session = await this.sessions.insert({ gatheringId: gathering.id, hostId: viewer.personId, title, description, needs }, trx);
      await this.live.publish({ g: gathering.id, k: 'session', s: session.id }, trx);
      return (await this.wall.sessionModels([session.id], trx))[0];
    });
  }

  async star(sessionId: string, starred: boolean, viewer: Viewer): Promise<SessionModel> {
    const session = await this.sessionFor(sessionId, viewer);
    await this.access.assertParticipant(session.gatheringId, viewer);
    return this.db.transaction().execute(async (trx) => {
      if (await this.sessions.setStar(sessionId, viewer.personId, starred, trx)) {
        await this.live.publish({ g: session.gatheringId, k: 'session', s: sessionId }, trx);
      }
      return (await this.wall.sessionModels([sessionId], trx))[0];
    });
  }

  /** Puts a session on the wall, or moves it: one session per cell, a host in one place per slot. */
  async place(input: PlaceSessionInput, viewer: Viewer): Promise<SessionModel> {
    const session = await this.sessionFor(input.sessionId, viewer);
    await this.assertHostOrConvener(session, viewer);
    return this.db.transaction().execute(async (trx) => {
      await this.placeIn(trx, session.gatheringId, input);
      return (await this.wall.sessionModels([session.id], trx))[0];
    });
  }

  /** A proposed placement of the sessions not yet on the wall, for conveners to review, then apply (see schedule.ts). */
  async suggestSchedule(gatheringId: string, viewer: Viewer): Promise<ScheduleSuggestion> {
    const gathering = await this.access.visibleGathering(gatheringId, viewer);
    this.access.assertNotClosed(gathering);
    await this.access.assertConvener(gatheringId, viewer);
    const [spaces, slots, sessions] = await Promise.all([
      this.grid.spaces(gatheringId),
      this.grid.slots(gatheringId),
      this.sessions.current(gatheringId),
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
    return this.db.transaction().execute(async (trx) => {
      for (const placement of placements) await this.placeIn(trx, gatheringId, placement);
      return this.wall.sessionModels(
        placements.map((p) => p.sessionId),
        trx,
      );
    });
  }

  /** Takes a session off the wall (its room must be empty). */
  async unplace(sessionId: string, viewer: Viewer): Promise<SessionModel> {
    const session = await this.sessionFor(sessionId, viewer);
    await this.assertHostOrConvener(session, viewer);
    return this.db.transaction().execute(async (trx) => {
      if (!(await this.sessions.unplace(sessionId, trx))) throw openSpaceError(OpenSpaceError.RoomNotEmpty);
      await this.live.publish({ g: session.gatheringId, k: 'session', s: sessionId }, trx);
      return (await this.wall.sessionModels([sessionId], trx))[0];
    });
  }

  /** Folds a session into another (conveners): stars and people move across, within the room's capacity. */
  async merge(input: MergeSessionsInput, viewer: Viewer): Promise<SessionModel> {
    if (input.sessionId === input.intoSessionId) throw openSpaceError(OpenSpaceError.MergeIntoItself);
    const from = await this.sessionFor(input.sessionId, viewer);
    const into = await this.sessionFor(input.intoSessionId, viewer);
    if (from.gatheringId !== into.gatheringId) throw openSpaceError(OpenSpaceError.SessionNotFound);
    await this.access.assertConvener(from.gatheringId, viewer);
    return this.db.transaction().execute(async (trx) => {
      // People before rooms, rooms in id order, as every move does, so merges and moves cannot deadlock.
      await this.rooms.lockPresencesIn(from.id, trx);
      const rows = await this.sessions.lock(null, [from.id, into.id], trx);
      const a = rows.find((r) => r.id === from.id)!;
      const b = rows.find((r) => r.id === into.id)!;
      if (a.mergedIntoId || b.mergedIntoId) throw openSpaceError(OpenSpaceError.SessionNotFound);
      if (a.headcount > 0) {
        if (b.capacity === null) throw openSpaceError(OpenSpaceError.NotPlaced);
        if (b.headcount + a.headcount > b.capacity) throw openSpaceError(OpenSpaceError.TooManyForSpace, String(b.headcount + a.headcount));
        await this.rooms.movePresences(a.id, b.id, trx);
      }
      await this.sessions.merge(a, b.id, trx);
      await this.live.publish({ g: a.gatheringId, k: 'session', s: a.id }, trx);
      await this.live.publish({ g: a.gatheringId, k: 'session', s: b.id }, trx);
      return (await this.wall.sessionModels([b.id], trx))[0];
    });
  }

  /**
   * A session the viewer may see (its gathering visible), not merged away: for
   * reading, which a closed gathering still allows (its rooms stay readable).
   */
  async visibleSession(sessionId: string, viewer: Viewer | null): Promise<SessionRow & { gatheringStatus: GatheringStatus }> {
    const row = await this.sessions.withGatheringStatus(sessionId);
    if (!row || row.mergedIntoId) throw openSpaceError(OpenSpaceError.SessionNotFound);
    await this.access.assertVisible({ id: row.gatheringId, status: row.gatheringStatus }, viewer).catch(() => {
      throw openSpaceError(OpenSpaceError.SessionNotFound);
    });
    return row;
  }

  /** The status of a session's gathering now (for a room already shown to someone who may see it). */
  async gatheringStatusOf(sessionId: string): Promise<GatheringStatus> {
    const row = await this.sessions.withGatheringStatus(sessionId);
    if (!row) throw openSpaceError(OpenSpaceError.SessionNotFound);
    return row.gatheringStatus;
  }

  /** A session the viewer may see, to change something in it: its gathering must not be closed. */
  async sessionFor(sessionId: string, viewer: Viewer | null): Promise<SessionRow> {
    const row = await this.visibleSession(sessionId, viewer);
    this.access.assertNotClosed({ status: row.gatheringStatus });
    return row;
  }

  /** One placement inside a transaction: the session locked, the cell free, the host free, the space big enough. */
  private async placeIn(trx: Executor, gatheringId: string, placement: Placement): Promise<void> {
    const [locked] = await this.sessions.lock(gatheringId, [placement.sessionId], trx);
    if (!locked || locked.mergedIntoId) throw openSpaceError(OpenSpaceError.SessionNotFound);
    const [slot, space] = await Promise.all([
      this.grid.slotOf(gatheringId, placement.slotId, trx),
      this.grid.spaceOf(gatheringId, placement.spaceId, trx),
    ]);
    if (!slot) throw openSpaceError(OpenSpaceError.SlotNotFound);
    if (!space) throw openSpaceError(OpenSpaceError.SpaceNotFound);
    if (locked.headcount > space.capacity) throw openSpaceError(OpenSpaceError.TooManyForSpace, String(locked.headcount));
    await this.assertCellFree(trx, locked, slot.id, space.id);
    try {
      await this.sessions.place(locked.id, { slotId: slot.id, spaceId: space.id, capacity: space.capacity }, trx);
    } catch (error) {
      // Someone took the cell, or booked the host, between our check and our write.
      if (isUniqueViolation(error, 'agenda_sessions_one_per_cell')) throw openSpaceError(OpenSpaceError.CellTaken);
      if (isUniqueViolation(error, 'agenda_sessions_host_once_per_slot')) throw openSpaceError(OpenSpaceError.HostClash);
      throw error;
    }
    await this.live.publish({ g: gatheringId, k: 'session', s: locked.id }, trx);
  }

  private async assertCellFree(trx: Executor, session: SessionRow, slotId: string, spaceId: string): Promise<void> {
    const taken = await this.sessions.occupying(session, slotId, spaceId, trx);
    const cell = taken.find((t) => !t.clash);
    if (cell) throw openSpaceError(OpenSpaceError.CellTaken, cell.title);
    const clash = taken.find((t) => t.clash);
    if (clash) throw openSpaceError(OpenSpaceError.HostClash, clash.title);
  }

  private async assertHostOrConvener(session: SessionRow, viewer: Viewer): Promise<void> {
    if (session.hostId === viewer.personId) {
      await this.access.assertParticipant(session.gatheringId, viewer);
      return;
    }
    if (!(await this.access.isConvener(session.gatheringId, viewer))) throw openSpaceError(OpenSpaceError.NotHostOrConvener);
  }
}
