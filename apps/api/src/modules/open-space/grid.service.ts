import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Viewer } from '../../common/access/request-context.js';
import { InjectDb, type Db } from '../../database/database.js';
import { isExclusionViolation, isUniqueViolation } from '../../database/pg-errors.js';
import { GatheringFormat } from '../gatherings/gathering.enums.js';
import type { CreateSpaceInput } from './dtos/create-space.input.js';
import type { CreateTimeSlotInput } from './dtos/create-time-slot.input.js';
import type { UpdateSpaceInput } from './dtos/update-space.input.js';
import { GridRepository } from './grid.repository.js';
import { OpenSpaceAccess } from './open-space-access.service.js';
import { OpenSpaceLive } from './open-space-live.service.js';
import { SpaceTag } from './open-space.enums.js';
import { openSpaceError, OpenSpaceError } from './open-space.errors.js';
import { SessionsRepository } from './sessions.repository.js';
import type { SpaceModel } from './space.model.js';
import type { TimeSlotModel } from './time-slot.model.js';
import { WallView } from './wall-view.service.js';

/** A new space's name the gathering already has: the error a person sees. */
const nameTaken = (error: unknown): unknown =>
  isUniqueViolation(error, 'spaces_name_unique') ? openSpaceError(OpenSpaceError.SpaceNameTaken) : error;

/**
 * A video-call room nobody can guess: 128 random bits. Call servers such as meet.jit.si are public, so
 * a name derived from a title would let anyone who guesses it into the call.
 */
export const newVideoRoom = (): string => `weave-${randomBytes(16).toString('base64url')}`;

/** Every space of an online gathering is a call. */
const withOnlineTag = (tags: SpaceTag[], format: GatheringFormat): SpaceTag[] =>
  format === GatheringFormat.ONLINE && !tags.includes(SpaceTag.ONLINE) ? [...tags, SpaceTag.ONLINE] : tags;

/** An online space's room: the one given, else the one it has, else a new one; none for a space that is not online. */
const videoRoomFor = (tags: SpaceTag[], given: string | null | undefined, current: string | null): string | null => {
  const room = given === undefined ? current : given;
  return tags.includes(SpaceTag.ONLINE) ? (room ?? newVideoRoom()) : room;
};

/** The agenda wall's grid: its spaces (columns) and time slots (rows), set up by conveners. */
@Injectable()
export class GridService {
  constructor(
    @InjectDb() private readonly db: Db,
    private readonly grid: GridRepository,
    private readonly sessions: SessionsRepository,
    private readonly access: OpenSpaceAccess,
    private readonly live: OpenSpaceLive,
    private readonly wall: WallView,
  ) {}

  /** Conveners only: the resolver checks the role. */
  async createSpace(input: CreateSpaceInput, viewer: Viewer): Promise<SpaceModel> {
    const gathering = await this.access.visibleGathering(input.gatheringId, viewer);
    this.access.assertNotClosed(gathering);
    const { gatheringId, name, capacity } = input;
    const tags = withOnlineTag(input.tags, gathering.format);
    return this.db.transaction().execute(async (trx) => {
      const space = await this.grid
        .insertSpace({ gatheringId, name, capacity, tags, videoRoom: videoRoomFor(tags, input.videoRoom, null) }, trx)
        .catch((error) => {
          throw nameTaken(error);
        });
      await this.live.publish({ g: gatheringId, k: 'grid' }, trx);
      return this.wall.spaceModel(space);
    });
  }

  async updateSpace(input: UpdateSpaceInput, viewer: Viewer): Promise<SpaceModel> {
    const gathering = await this.convenerOf('space', input.spaceId, viewer);
    this.access.assertNotClosed(gathering);
    return this.db.transaction().execute(async (trx) => {
      const space = await this.grid.space(input.spaceId, trx, true);
      if (!space) throw openSpaceError(OpenSpaceError.SpaceNotFound);
      const { name, capacity } = input;
      const tags = input.tags === undefined ? undefined : withOnlineTag(input.tags, gathering.format);
      const videoRoom = videoRoomFor(tags ?? space.tags, input.videoRoom, space.videoRoom);
      if (capacity !== undefined && capacity !== space.capacity) {
        // Sessions placed here take the new capacity; never below the people in them.
        const crowded = await this.sessions.mostCrowdedOver(space.id, capacity, trx);
        if (crowded !== undefined) throw openSpaceError(OpenSpaceError.TooManyForSpace, String(crowded));
        const moved = await this.sessions.setCapacityIn(space.id, capacity, trx);
        for (const id of moved) await this.live.publish({ g: space.gatheringId, k: 'session', s: id }, trx);
      }
      const saved = await this.grid
        .updateSpace(space.id, { name, tags, videoRoom, capacity: capacity ?? space.capacity }, trx)
        .catch((error) => {
          throw nameTaken(error);
        });
      await this.live.publish({ g: space.gatheringId, k: 'grid' }, trx);
      return this.wall.spaceModel(saved);
    });
  }

  async deleteSpace(spaceId: string, viewer: Viewer): Promise<string> {
    await this.convenerOf('space', spaceId, viewer);
    return this.db.transaction().execute(async (trx) => {
      const space = await this.grid.space(spaceId, trx);
      if (!space) throw openSpaceError(OpenSpaceError.SpaceNotFound);
      if (await this.sessions.anyPlacedIn({ spaceId }, trx)) throw openSpaceError(OpenSpaceError.SpaceInUse);
      await this.grid.deleteSpace(spaceId, trx);
      await this.live.publish({ g: space.gatheringId, k: 'grid' }, trx);
      return space.gatheringId;
    });
  }

  /**
   * Conveners only: the resolver checks the role. Slots fall within the gathering and never overlap each
   * other: the database's exclusion constraint decides between two conveners adding overlapping slots at once,
   * and the gathering's times are held while the slot goes in, so a change of times waits and then sees it.
   */
  async createTimeSlot(input: CreateTimeSlotInput, viewer: Viewer): Promise<TimeSlotModel> {
    if (input.endsAt <= input.startsAt) throw openSpaceError(OpenSpaceError.EndBeforeStart);
    const gathering = await this.access.visibleGathering(input.gatheringId, viewer);
    this.access.assertNotClosed(gathering);
    const { gatheringId, startsAt, endsAt } = input;
    try {
      return await this.db.transaction().execute(async (trx) => {
        const times = await this.access.heldTimes(gatheringId, trx);
        if (startsAt < times.startsAt || endsAt > times.endsAt) throw openSpaceError(OpenSpaceError.SlotOutsideGathering);
        const slot = await this.grid.insertSlot({ gatheringId, startsAt, endsAt, label: input.label ?? null }, trx);
        await this.live.publish({ g: gatheringId, k: 'grid' }, trx);
        return slot;
      });
    } catch (error) {
      if (!isExclusionViolation(error, 'time_slots_no_overlap')) throw error;
      const other = await this.grid.overlapping(gatheringId, startsAt, endsAt);
      throw openSpaceError(OpenSpaceError.SlotsOverlap, other?.label ?? undefined);
    }
  }

  async deleteTimeSlot(slotId: string, viewer: Viewer): Promise<string> {
    await this.convenerOf('slot', slotId, viewer);
    return this.db.transaction().execute(async (trx) => {
      const slot = await this.grid.slot(slotId, trx);
      if (!slot) throw openSpaceError(OpenSpaceError.SlotNotFound);
      if (await this.sessions.anyPlacedIn({ slotId }, trx)) throw openSpaceError(OpenSpaceError.SlotInUse);
      await this.grid.deleteSlot(slotId, trx);
      await this.live.publish({ g: slot.gatheringId, k: 'grid' }, trx);
      return slot.gatheringId;
    });
  }

  /** The gathering of a space or slot the viewer convenes (NOT_FOUND for anyone who cannot see it). */
  private async convenerOf(kind: 'space' | 'slot', id: string, viewer: Viewer) {
    const row = kind === 'space' ? await this.grid.space(id) : await this.grid.slot(id);
    const missing = kind === 'space' ? OpenSpaceError.SpaceNotFound : OpenSpaceError.SlotNotFound;
    if (!row) throw openSpaceError(missing);
    const gathering = await this.access.visibleGathering(row.gatheringId, viewer).catch(() => {
      throw openSpaceError(missing);
    });
    await this.access.assertConvener(row.gatheringId, viewer);
    return gathering;
  }
}
