import { Injectable } from '@nestjs/common';
import { sql, type SqlBool } from 'kysely';
import { CHANNELS } from '../../common/events/channels.js';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import { Prepared } from '../../database/prepared.js';
import { displayNameOf } from '../accounts/accounts.fragments.js';
import type { PersonName } from '../accounts/person-name.model.js';
import { GatheringFormat, type GatheringStatus } from '../gatherings/gathering.enums.js';
import { gatheringFormatOf, gatheringStatusOf, takesPart } from '../gatherings/gatherings.fragments.js';
import { scopesHeldBy } from '../roles/roles.fragments.js';
import { SqlSnapshot } from '../../database/sql-snapshot.js';

export type MoveOutcome = 'moved' | 'unchanged' | 'full' | 'not_placed';

export interface RoomEntry {
  gatheringId: string;
  merged: boolean;
  status: GatheringStatus;
  participant: boolean;
  /** An online room (its space has a video-call room, or the gathering is online): joining it is checking in. */
  online: boolean;
}

/** All SQL on presences, and the room move (the open_space_move function). */
@Injectable()
export class RoomsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  transaction<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  /** Whether `personId` takes part in the gathering (has a place, or convenes it). */
  async takesPart(gatheringId: string, personId: string): Promise<boolean> {
    const row = await this.db.selectNoFrom(takesPart(gatheringId, personId).as('ok')).executeTakeFirstOrThrow();
    return row.ok === true;
  }

  /**
   * What deciding whether `personId` may walk into a session's room needs, in
   * one statement (joining is the busiest request of the day): the session's
   * gathering, whether it was merged away, the gathering's status, whether
   * the person takes part, and whether the room is online. Built once (see Prepared).
   */
  @SqlSnapshot({ params: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'] })
  roomEntry(sessionId: string, personId: string): Promise<RoomEntry | undefined> {
    return this.roomEntryQuery.execute(this.db, sessionId, personId).then((rows) => rows[0]);
  }

  private readonly roomEntryQuery = new Prepared(2, (sessionId: string, personId: string) =>
    this.db
      .selectFrom('agendaSessions as s')
      .select((eb) => [
        's.gatheringId',
        eb('s.mergedIntoId', 'is not', null).as('merged'),
        gatheringStatusOf(eb.ref('s.gatheringId')).as('status'),
        takesPart(eb.ref('s.gatheringId'), personId).as('participant'),
        eb
          .or([
            eb(gatheringFormatOf(eb.ref('s.gatheringId')), '=', GatheringFormat.ONLINE),
            eb.exists(
              eb.selectFrom('spaces as sp').select('sp.id').whereRef('sp.id', '=', 's.spaceId').where('sp.videoRoom', 'is not', null),
            ),
          ])
          .as('online'),
      ])
      .where('s.id', '=', sessionId)
      .$castTo<RoomEntry>(),
  );

  /**
   * One step, one statement (open_space_move: database/functions/open_space_move.v1.sql):
   * leave the current room (if any) and enter `target` (if any). With
   * `onlyIfSilentFor` (seconds), only a presence silent that long is ended.
   */
  @SqlSnapshot({
    params: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003', null],
  })
  async move(
    gatheringId: string,
    personId: string,
    target: string | null,
    onlyIfSilentFor: number | null,
    db: Executor = this.db,
  ): Promise<MoveOutcome> {
    const [row] = await this.moveQuery.execute(db, gatheringId, personId, target, onlyIfSilentFor);
    return row.outcome;
  }

  // Built once (see Prepared): moves are the busiest writes of the day.
  private readonly moveQuery = new Prepared(
    4,
    (gatheringId: string, personId: string, target: string | null, onlyIfSilentFor: number | null) =>
      this.db
        .selectFrom(
          sql<{ outcome: MoveOutcome }>`open_space_move(${gatheringId}, ${personId}, ${target}, ${onlyIfSilentFor}, ${CHANNELS.live})`.as(
            'm',
          ),
        )
        .select('m.outcome'),
  );

  async roomOf(gatheringId: string, personId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('presences')
      .select('sessionId')
      .where('gatheringId', '=', gatheringId)
      .where('personId', '=', personId)
      .executeTakeFirst();
    return row?.sessionId;
  }

  /**
   * Everyone who came to a room (session_attendance, kept by a trigger on
   * presences), in the order they first came, each marked `here` while still
   * in it: who is here now and who came, in one statement.
   */
  async peopleOf(sessionId: string): Promise<{ here: PersonName[]; came: PersonName[] }> {
    const rows = await this.db
      .selectFrom('sessionAttendance as a')
      .leftJoin('presences as p', (join) => join.onRef('p.sessionId', '=', 'a.sessionId').onRef('p.personId', '=', 'a.personId'))
      .select((eb) => [
        eb.ref('a.personId').as('id'),
        displayNameOf(eb.ref('a.personId')).as('displayName'),
        eb.ref('p.joinedAt').as('hereSince'),
      ])
      .where('a.sessionId', '=', sessionId)
      .orderBy('a.firstCameAt')
      .orderBy('a.personId')
      .$castTo<PersonName & { hereSince: Date | null }>()
      .execute();
    const here = rows
      .filter((r) => r.hereSince !== null)
      .sort((a, b) => a.hereSince!.getTime() - b.hereSince!.getTime() || a.id.localeCompare(b.id));
    return {
      here: here.map(({ id, displayName }) => ({ id, displayName })),
      came: rows.map(({ id, displayName }) => ({ id, displayName })),
    };
  }

  /** The people who took part in a breakout: its host, everyone who came to its room, and whoever wrote in it. */
  participantsOf(sessionId: string): Promise<string[]> {
    return this.db
      .selectFrom('sessionAttendance')
      .select('personId')
      .where('sessionId', '=', sessionId)
      .union((eb) => eb.selectFrom('agendaSessions').select('hostId as personId').where('id', '=', sessionId))
      .union((eb) => eb.selectFrom('sessionNotes').select('authorId as personId').where('sessionId', '=', sessionId))
      .execute()
      .then((rows) => rows.map((r) => r.personId));
  }

  /**
   * Up to five rooms with space in the person's time slot (the slot of the room
   * they are in, else the slot on now or next), never their own: those where
   * they know fewest people (people who hold a role in a network they hold one
   * in) first, then the emptiest, then at random.
   */
  async roomsWithSpace(gatheringId: string, personId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('agendaSessions as s')
      .select((eb) => [
        's.id',
        // How many people in the room share a network with the person.
        eb
          .selectFrom('presences as p')
          .select((c) => c.fn.countAll<string>().as('known'))
          .where('p.sessionId', '=', eb.ref('s.id'))
          .where((c) =>
            c.exists(scopesHeldBy('network', c.ref('p.personId')).where('heldScope.scopeId', 'in', scopesHeldBy('network', personId))),
          )
          .as('known'),
      ])
      .where('s.gatheringId', '=', gatheringId)
      .where((eb) => {
        const mine = eb.selectFrom('presences').select('sessionId').where('gatheringId', '=', gatheringId).where('personId', '=', personId);
        const mySlot = eb.selectFrom('agendaSessions').select('slotId').where('id', '=', mine);
        const slotOnNow = eb
          .selectFrom('timeSlots')
          .select('id')
          .where('gatheringId', '=', gatheringId)
          .where(sql<SqlBool>`now() < ends_at`)
          .orderBy('startsAt')
          .limit(1);
        return eb.and([eb('s.slotId', '=', eb.fn.coalesce(mySlot, slotOnNow)), eb('s.id', 'is distinct from', mine)]);
      })
      .where('s.mergedIntoId', 'is', null)
      .where((eb) => eb('s.headcount', '<', eb.ref('s.capacity')))
      .orderBy('known')
      .orderBy('s.headcount')
      .orderBy(sql`random()`)
      .limit(5)
      .execute();
    return rows.map((row) => row.id);
  }

  /** Locks the presences in a room (people before rooms, as every move does). */
  async lockPresencesIn(sessionId: string, db: Executor): Promise<void> {
    await db.selectFrom('presences').select('personId').where('sessionId', '=', sessionId).forUpdate().execute();
  }

  /** Everyone in room `from` is now in room `to` (a merge; headcounts are the caller's). */
  async movePresences(from: string, to: string, db: Executor): Promise<void> {
    await db.updateTable('presences').set({ sessionId: to }).where('sessionId', '=', from).execute();
  }

  /** Marks these people as still here now. */
  async touch(people: { gatheringId: string; personId: string }[]): Promise<void> {
    await this.db
      .updateTable('presences')
      .set({ lastSeenAt: sql<Date>`now()` })
      .where(
        sql<SqlBool>`(gathering_id, person_id) IN (SELECT * FROM unnest(${people.map((p) => p.gatheringId)}::uuid[], ${people.map((p) => p.personId)}::uuid[]))`,
      )
      .execute();
  }

  /** Up to 500 presences not seen for `seconds`. */
  silentFor(seconds: number): Promise<{ gatheringId: string; personId: string }[]> {
    return this.db
      .selectFrom('presences')
      .select(['gatheringId', 'personId'])
      .where('lastSeenAt', '<', sql<Date>`now() - make_interval(secs => ${seconds})`)
      .limit(500)
      .execute();
  }
}
