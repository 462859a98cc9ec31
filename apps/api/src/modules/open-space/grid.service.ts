import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access/request-context.js';
import { changedRows } from '../../database/changed-rows.js';
import type { GatheringStatus } from '../gatherings/gathering.enums.js';
import { AgendaSessionEntity } from './agenda-session.entity.js';
import type { CreateSpaceInput } from './dtos/create-space.input.js';
import type { CreateTimeSlotInput } from './dtos/create-time-slot.input.js';
import type { UpdateSpaceInput } from './dtos/update-space.input.js';
import { OpenSpaceAccess } from './open-space-access.service.js';
import { OpenSpaceLive } from './open-space-live.service.js';
import { openSpaceError, OpenSpaceError } from './open-space.errors.js';
import { SpaceEntity } from './space.entity.js';
import type { SpaceModel } from './space.model.js';
import { TimeSlotEntity } from './time-slot.entity.js';
import type { TimeSlotModel } from './time-slot.model.js';
import { WallView } from './wall-view.service.js';

const constraintOf = (error: unknown): string | undefined =>
  error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;

/** The agenda wall's grid: its spaces (columns) and time slots (rows), set up by conveners. */
@Injectable()
export class GridService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OpenSpaceAccess,
    private readonly live: OpenSpaceLive,
    private readonly wall: WallView,
  ) {}

  /** Conveners only: the resolver checks the role. */
  async createSpace(input: CreateSpaceInput): Promise<SpaceModel> {
    this.access.assertNotClosed(await this.gatheringOf(input.gatheringId));
    return this.dataSource.transaction(async (manager) => {
      const space = await this.saveSpace(
        manager,
        manager.getRepository(SpaceEntity).create({ ...input, videoRoom: input.videoRoom ?? null }),
      );
      await this.live.publish({ g: input.gatheringId, k: 'grid' }, manager);
      return this.wall.spaceModel(space);
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
      return this.wall.spaceModel(saved);
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

  /** Conveners only: the resolver checks the role. */
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
}
