import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { InjectDb, type Db } from '../../database/database.js';
import { isUniqueViolation } from '../../database/pg-errors.js';
import type { CreateSpaceInput } from './dtos/create-space.input.js';
import type { CreateTimeSlotInput } from './dtos/create-time-slot.input.js';
import type { UpdateSpaceInput } from './dtos/update-space.input.js';
import { GridRepository } from './grid.repository.js';
import { OpenSpaceAccess } from './open-space-access.service.js';
import { OpenSpaceLive } from './open-space-live.service.js';
import { openSpaceError, OpenSpaceError } from './open-space.errors.js';
import { SessionsRepository } from './sessions.repository.js';
import type { SpaceModel } from './space.model.js';
import type { TimeSlotModel } from './time-slot.model.js';
import { WallView } from './wall-view.service.js';

/** A new space's name the gathering already has: the error a person sees. */
const nameTaken = (error: unknown): unknown =>
  isUniqueViolation(error, 'spaces_name_unique') ? openSpaceError(OpenSpaceError.SpaceNameTaken) : error;

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
    this.access.assertNotClosed(await this.access.visibleGathering(input.gatheringId, viewer));
    const { gatheringId, name, capacity, tags } = input;
    return this.db.transaction().execute(async (trx) => {
      const space = await this.grid
        .insertSpace({ gatheringId, name, capacity, tags, videoRoom: input.videoRoom ?? null }, trx)
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
      const { name, tags, videoRoom, capacity } = input;
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

  /** Conveners only: the resolver checks the role. */
  async createTimeSlot(input: CreateTimeSlotInput, viewer: Viewer): Promise<TimeSlotModel> {
    if (input.endsAt <= input.startsAt) throw openSpaceError(OpenSpaceError.EndBeforeStart);
    this.access.assertNotClosed(await this.access.visibleGathering(input.gatheringId, viewer));
    const { gatheringId, startsAt, endsAt } = input;
    return this.db.transaction().execute(async (trx) => {
      const slot = await this.grid.insertSlot({ gatheringId, startsAt, endsAt, label: input.label ?? null }, trx);
      await this.live.publish({ g: gatheringId, k: 'grid' }, trx);
      return slot;
    });
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
