import { Injectable } from '@nestjs/common';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import type { SpaceTag } from './open-space.enums.js';

export interface SpaceRow {
  id: string;
  gatheringId: string;
  name: string;
  capacity: number;
  tags: SpaceTag[];
  videoRoom: string | null;
  createdAt: Date;
}

export interface TimeSlotRow {
  id: string;
  gatheringId: string;
  startsAt: Date;
  endsAt: Date;
  label: string | null;
}

const SPACE_COLUMNS = ['id', 'gatheringId', 'name', 'capacity', 'tags', 'videoRoom', 'createdAt'] as const;
const SLOT_COLUMNS = ['id', 'gatheringId', 'startsAt', 'endsAt', 'label'] as const;

/** All SQL on spaces and time_slots: the agenda wall's grid. */
@Injectable()
export class GridRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  space(id: string, db: Executor = this.db, lock = false): Promise<SpaceRow | undefined> {
    let query = db.selectFrom('spaces').select(SPACE_COLUMNS).where('id', '=', id).$castTo<SpaceRow>();
    if (lock) query = query.forUpdate();
    return query.executeTakeFirst();
  }

  /** A space of `gatheringId` (and only of it). */
  spaceOf(gatheringId: string, id: string, db: Executor = this.db): Promise<SpaceRow | undefined> {
    return db
      .selectFrom('spaces')
      .select(SPACE_COLUMNS)
      .where('id', '=', id)
      .where('gatheringId', '=', gatheringId)
      .$castTo<SpaceRow>()
      .executeTakeFirst();
  }

  /** A gathering's spaces in the order they were made. */
  spaces(gatheringId: string): Promise<SpaceRow[]> {
    return this.db
      .selectFrom('spaces')
      .select(SPACE_COLUMNS)
      .where('gatheringId', '=', gatheringId)
      .orderBy('createdAt')
      .orderBy('id')
      .$castTo<SpaceRow>()
      .execute();
  }

  /** Throws the unique violation spaces_name_unique for a name the gathering already has. */
  insertSpace(space: Omit<SpaceRow, 'id' | 'createdAt'>, db: Executor): Promise<SpaceRow> {
    return db.insertInto('spaces').values(space).returning(SPACE_COLUMNS).$castTo<SpaceRow>().executeTakeFirstOrThrow();
  }

  /** Throws the unique violation spaces_name_unique for a name the gathering already has. */
  updateSpace(id: string, change: Partial<Pick<SpaceRow, 'name' | 'capacity' | 'tags' | 'videoRoom'>>, db: Executor): Promise<SpaceRow> {
    return db.updateTable('spaces').set(change).where('id', '=', id).returning(SPACE_COLUMNS).$castTo<SpaceRow>().executeTakeFirstOrThrow();
  }

  async deleteSpace(id: string, db: Executor): Promise<void> {
    await db.deleteFrom('spaces').where('id', '=', id).execute();
  }

  slot(id: string, db: Executor = this.db): Promise<TimeSlotRow | undefined> {
    return db.selectFrom('timeSlots').select(SLOT_COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  /** A time slot of `gatheringId` (and only of it). */
  slotOf(gatheringId: string, id: string, db: Executor = this.db): Promise<TimeSlotRow | undefined> {
    return db.selectFrom('timeSlots').select(SLOT_COLUMNS).where('id', '=', id).where('gatheringId', '=', gatheringId).executeTakeFirst();
  }

  /** A gathering's time slots, earliest first. */
  slots(gatheringId: string): Promise<TimeSlotRow[]> {
    return this.db
      .selectFrom('timeSlots')
      .select(SLOT_COLUMNS)
      .where('gatheringId', '=', gatheringId)
      .orderBy('startsAt')
      .orderBy('id')
      .execute();
  }

  /** A slot of `gatheringId` whose time overlaps [startsAt, endsAt), if any (the earliest). */
  overlapping(gatheringId: string, startsAt: Date, endsAt: Date, db: Executor = this.db): Promise<TimeSlotRow | undefined> {
    return db
      .selectFrom('timeSlots')
      .select(SLOT_COLUMNS)
      .where('gatheringId', '=', gatheringId)
      .where('startsAt', '<', endsAt)
      .where('endsAt', '>', startsAt)
      .orderBy('startsAt')
      .executeTakeFirst();
  }

  /** Throws the exclusion violation time_slots_no_overlap for a slot overlapping another of its gathering. */
  insertSlot(slot: Omit<TimeSlotRow, 'id'>, db: Executor): Promise<TimeSlotRow> {
    return db.insertInto('timeSlots').values(slot).returning(SLOT_COLUMNS).executeTakeFirstOrThrow();
  }

  async deleteSlot(id: string, db: Executor): Promise<void> {
    await db.deleteFrom('timeSlots').where('id', '=', id).execute();
  }
}
