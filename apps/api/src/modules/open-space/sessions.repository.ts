import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import { Prepared } from '../../database/prepared.js';
import { displayNameOf } from '../accounts/accounts.fragments.js';
import type { GatheringStatus } from '../gatherings/gathering.enums.js';
import { gatheringStatusOf } from '../gatherings/gatherings.fragments.js';
import type { SpaceTag } from './open-space.enums.js';

export interface SessionRow {
  id: string;
  gatheringId: string;
  hostId: string;
  title: string;
  description: string;
  needs: SpaceTag[];
  slotId: string | null;
  spaceId: string | null;
  capacity: number | null;
  headcount: number;
  interestCount: number;
  mergedIntoId: string | null;
  version: string;
  createdAt: Date;
}

/** A session with its host's name, its slot and its space, flat (see WallView.sessionModels). */
export interface SessionViewRow extends Omit<SessionRow, 'hostId' | 'createdAt'> {
  hostId: string;
  hostName: string;
  slotStartsAt: Date | null;
  slotEndsAt: Date | null;
  slotLabel: string | null;
  spaceName: string | null;
  spaceCapacity: number | null;
  spaceTags: SpaceTag[] | null;
  spaceVideoRoom: string | null;
}

/** Every change to a session moves its version, so clients keep the newest state. */
const nextVersion = sql<string>`version + 1`;

const SESSION_COLUMNS = [
  'id',
  'gatheringId',
  'hostId',
  'title',
  'description',
  'needs',
  'slotId',
  'spaceId',
  'capacity',
  'headcount',
  'interestCount',
  'mergedIntoId',
  'version',
  'createdAt',
] as const;

/** All SQL on agenda_sessions and session_interests. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** A session with its gathering's status, in one statement. */
  withGatheringStatus(id: string): Promise<(SessionRow & { gatheringStatus: GatheringStatus }) | undefined> {
    return this.db
      .selectFrom('agendaSessions as s')
      .select(SESSION_COLUMNS.map((column) => `s.${column}` as const))
      .select((eb) => gatheringStatusOf(eb.ref('s.gatheringId')).as('gatheringStatus'))
      .where('s.id', '=', id)
      .$castTo<SessionRow & { gatheringStatus: GatheringStatus }>()
      .executeTakeFirst();
  }

  /** Locks the sessions of `ids` that belong to `gatheringId`, in id order (as every move does). */
  lock(gatheringId: string | null, ids: string[], db: Executor): Promise<SessionRow[]> {
    let query = db.selectFrom('agendaSessions').select(SESSION_COLUMNS).where('id', 'in', ids);
    if (gatheringId) query = query.where('gatheringId', '=', gatheringId);
    return query.orderBy('id').forUpdate().$castTo<SessionRow>().execute();
  }

  /** The gathering's sessions not merged away, placed or not. */
  current(gatheringId: string): Promise<SessionRow[]> {
    return this.db
      .selectFrom('agendaSessions')
      .select(SESSION_COLUMNS)
      .where('gatheringId', '=', gatheringId)
      .where('mergedIntoId', 'is', null)
      .$castTo<SessionRow>()
      .execute();
  }

  /** The ids of the gathering's sessions not merged away, oldest first. */
  async currentIds(gatheringId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('agendaSessions')
      .select('id')
      .where('gatheringId', '=', gatheringId)
      .where('mergedIntoId', 'is', null)
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    return rows.map((row) => row.id);
  }

  /** Sessions by id (any order) with their hosts' names, slots and spaces: one statement. */
  views(ids: string[], db: Executor = this.db): Promise<SessionViewRow[]> {
    return this.viewsQuery.execute(db, ids);
  }

  // Built once (see Prepared): every join, wall and live update reads sessions this way.
  private readonly viewsQuery = new Prepared(1, (ids: string[]) =>
    this.db
      .selectFrom('agendaSessions as s')
      .leftJoin('timeSlots as t', 't.id', 's.slotId')
      .leftJoin('spaces as sp', 'sp.id', 's.spaceId')
      .select(['s.id', 's.gatheringId', 's.hostId', 's.title', 's.description', 's.needs', 's.slotId', 's.spaceId', 's.capacity'])
      .select(['s.headcount', 's.interestCount', 's.mergedIntoId', sql<string>`s.version::text`.as('version')])
      .select((eb) => displayNameOf(eb.ref('s.hostId')).as('hostName'))
      .select(['t.startsAt as slotStartsAt', 't.endsAt as slotEndsAt', 't.label as slotLabel'])
      .select(['sp.name as spaceName', 'sp.capacity as spaceCapacity', 'sp.tags as spaceTags', 'sp.videoRoom as spaceVideoRoom'])
      .where((eb) => eb('s.id', '=', eb.fn.any(eb.val(ids))))
      .$castTo<SessionViewRow>(),
  );

  /** Of the gathering's sessions, those `personId` starred. */
  async starredBy(gatheringId: string, personId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('sessionInterests as i')
      .innerJoin('agendaSessions as s', 's.id', 'i.sessionId')
      .select('i.sessionId as id')
      .where('s.gatheringId', '=', gatheringId)
      .where('i.personId', '=', personId)
      .execute();
    return rows.map((row) => row.id);
  }

  /** Whether any session is placed in this space or time slot. */
  async anyPlacedIn(where: { spaceId: string } | { slotId: string }, db: Executor): Promise<boolean> {
    const [column, id] = 'spaceId' in where ? (['spaceId', where.spaceId] as const) : (['slotId', where.slotId] as const);
    const row = await db.selectFrom('agendaSessions').select('id').where(column, '=', id).limit(1).executeTakeFirst();
    return row !== undefined;
  }

  insert(session: Pick<SessionRow, 'gatheringId' | 'hostId' | 'title' | 'description' | 'needs'>, db: Executor): Promise<{ id: string }> {
    return db.insertInto('agendaSessions').values(session).returning('id').executeTakeFirstOrThrow();
  }

  /** Stars or unstars; true if that changed anything (the session's interest count follows). */
  async setStar(sessionId: string, personId: string, starred: boolean, db: Executor): Promise<boolean> {
    const changed = starred
      ? (
          await db
            .insertInto('sessionInterests')
            .values({ sessionId, personId })
            .onConflict((oc) => oc.doNothing())
            .executeTakeFirst()
        ).numInsertedOrUpdatedRows
      : (await db.deleteFrom('sessionInterests').where('sessionId', '=', sessionId).where('personId', '=', personId).executeTakeFirst())
          .numDeletedRows;
    if (!changed) return false;
    await db
      .updateTable('agendaSessions')
      .set((eb) => ({ interestCount: eb('interestCount', '+', starred ? 1 : -1), version: nextVersion }))
      .where('id', '=', sessionId)
      .execute();
    return true;
  }

  /** The sessions other than `sessionId` in the slot, in the space or hosted by `hostId`; `clash` when only the host is the same. */
  occupying(session: Pick<SessionRow, 'id' | 'hostId'>, slotId: string, spaceId: string, db: Executor) {
    return db
      .selectFrom('agendaSessions')
      .select((eb) => ['title', eb.and([eb('hostId', '=', session.hostId), eb('spaceId', '<>', spaceId)]).as('clash')])
      .where('id', '<>', session.id)
      .where('slotId', '=', slotId)
      .where('mergedIntoId', 'is', null)
      .where((eb) => eb.or([eb('spaceId', '=', spaceId), eb('hostId', '=', session.hostId)]))
      .orderBy('clash')
      .execute();
  }

  /** Throws the unique violations agenda_sessions_one_per_cell and agenda_sessions_host_once_per_slot. */
  async place(sessionId: string, cell: { slotId: string; spaceId: string; capacity: number }, db: Executor): Promise<void> {
    await db
      .updateTable('agendaSessions')
      .set({ ...cell, version: nextVersion })
      .where('id', '=', sessionId)
      .execute();
  }

  /** Takes an empty session off the wall; false if people are in its room. */
  async unplace(sessionId: string, db: Executor): Promise<boolean> {
    const row = await db
      .updateTable('agendaSessions')
      .set({ slotId: null, spaceId: null, capacity: null, version: nextVersion })
      .where('id', '=', sessionId)
      .where('headcount', '=', 0)
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The sessions in a space whose people would not fit `capacity`, the most crowded first (locked). */
  async mostCrowdedOver(spaceId: string, capacity: number, db: Executor): Promise<number | undefined> {
    const row = await db
      .selectFrom('agendaSessions')
      .select('headcount')
      .where('spaceId', '=', spaceId)
      .where('headcount', '>', capacity)
      .orderBy('headcount', 'desc')
      .limit(1)
      .forUpdate()
      .executeTakeFirst();
    return row?.headcount;
  }

  /** The sessions placed in a space take its new capacity; returns their ids. */
  async setCapacityIn(spaceId: string, capacity: number, db: Executor): Promise<string[]> {
    const rows = await db
      .updateTable('agendaSessions')
      .set({ capacity, version: nextVersion })
      .where('spaceId', '=', spaceId)
      .returning('id')
      .execute();
    return rows.map((row) => row.id);
  }

  /** `from` folds into `into`: its stars join `into`'s, its people (`headcount`) are added; `from` leaves the wall. */
  async merge(from: Pick<SessionRow, 'id' | 'headcount'>, into: string, db: Executor): Promise<void> {
    await db
      .insertInto('sessionInterests')
      .columns(['sessionId', 'personId', 'createdAt'])
      .expression((eb) =>
        eb
          .selectFrom('sessionInterests')
          .select([eb.val(into).as('sessionId'), 'personId', 'createdAt'])
          .where('sessionId', '=', from.id),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
    await db
      .updateTable('agendaSessions')
      .set((eb) => ({
        headcount: eb('headcount', '+', from.headcount),
        version: nextVersion,
        interestCount: eb
          .selectFrom('sessionInterests')
          .select((c) => c.fn.countAll<number>().as('n'))
          .where('sessionId', '=', into),
      }))
      .where('id', '=', into)
      .execute();
    await db
      .updateTable('agendaSessions')
      .set({ mergedIntoId: into, slotId: null, spaceId: null, capacity: null, headcount: 0, version: nextVersion })
      .where('id', '=', from.id)
      .execute();
  }
}
