import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { InjectDb, type Db } from '../../database/database.js';
import { displayNameOf } from '../accounts/accounts.fragments.js';
import { gatheringSlugOf, gatheringTitleOf } from '../gatherings/gatherings.fragments.js';

/** A session as the harvest tells it: where and when it was, who hosted, how many took part. */
export interface DaySession {
  id: string;
  title: string;
  hostName: string;
  spaceName: string | null;
  slotLabel: string | null;
  slotStartsAt: Date | null;
  slotEndsAt: Date | null;
  tookPart: number;
}

export interface DayNote {
  id: string;
  sessionId: string;
  text: string;
  authorName: string;
  createdAt: Date;
}

export interface DayAction {
  id: string;
  sessionId: string;
  what: string;
  ownerName: string;
  ownerId: string | null;
  /** YYYY-MM-DD */
  dueOn: string | null;
  done: boolean;
}

/** An action with the session and gathering it came from, for lists across gatherings. */
export interface ActionElsewhere extends DayAction {
  sessionTitle: string;
  gatheringId: string;
  gatheringTitle: string;
  gatheringSlug: string;
}

const MAX = 2000;

/** The day's record read whole, for the harvest: one statement each, whatever the number of sessions. */
@Injectable()
export class DayRecordRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** Sessions that were not merged away, in the order of the wall: by time slot, then space, then title. */
  async sessions(gatheringId: string): Promise<DaySession[]> {
    const rows = await this.db
      .selectFrom('agendaSessions as s')
      .leftJoin('spaces as sp', 'sp.id', 's.spaceId')
      .leftJoin('timeSlots as ts', 'ts.id', 's.slotId')
      .select([
        's.id',
        's.title',
        'sp.name as spaceName',
        'ts.label as slotLabel',
        'ts.startsAt as slotStartsAt',
        'ts.endsAt as slotEndsAt',
      ])
      .select((eb) => displayNameOf(eb.ref('s.hostId')).as('hostName'))
      .select((eb) =>
        eb
          .selectFrom('sessionAttendance as v')
          .select((v) => v.fn.countAll<number>().as('n'))
          .whereRef('v.sessionId', '=', 's.id')
          .as('tookPart'),
      )
      .where('s.gatheringId', '=', gatheringId)
      .where('s.mergedIntoId', 'is', null)
      .orderBy(sql`ts.starts_at nulls last`)
      .orderBy('sp.name')
      .orderBy('s.title')
      .orderBy('s.id')
      .limit(MAX)
      .execute();
    return rows.map((r) => ({ ...r, hostName: r.hostName ?? '', tookPart: Number(r.tookPart ?? 0) }));
  }

  /** Every note of the gathering's sessions, oldest first. */
  async notes(gatheringId: string): Promise<DayNote[]> {
    const rows = await this.db
      .selectFrom('sessionNotes as n')
      .innerJoin('agendaSessions as s', 's.id', 'n.sessionId')
      .select(['n.id', 'n.sessionId', 'n.text', 'n.createdAt'])
      .select((eb) => displayNameOf(eb.ref('n.authorId')).as('authorName'))
      .where('s.gatheringId', '=', gatheringId)
      .orderBy('n.createdAt')
      .orderBy('n.id')
      .limit(MAX * 5)
      .execute();
    return rows.map((r) => ({ ...r, authorName: r.authorName ?? '' }));
  }

  /** Every action of the gathering's sessions, oldest first. */
  actions(gatheringId: string): Promise<DayAction[]> {
    return this.db
      .selectFrom('sessionActions as a')
      .innerJoin('agendaSessions as s', 's.id', 'a.sessionId')
      .select(['a.id', 'a.sessionId', 'a.what', 'a.ownerName', 'a.ownerId', 'a.done'])
      .select(sql<string | null>`to_char(a.due_on, 'YYYY-MM-DD')`.as('dueOn'))
      .where('s.gatheringId', '=', gatheringId)
      .orderBy('a.createdAt')
      .orderBy('a.id')
      .limit(MAX * 5)
      .execute();
  }

  private actionsElsewhere() {
    return this.db
      .selectFrom('sessionActions as a')
      .innerJoin('agendaSessions as s', 's.id', 'a.sessionId')
      .select(['a.id', 'a.sessionId', 'a.what', 'a.ownerName', 'a.ownerId', 'a.done', 's.title as sessionTitle', 's.gatheringId'])
      .select(sql<string | null>`to_char(a.due_on, 'YYYY-MM-DD')`.as('dueOn'))
      .select((eb) => gatheringTitleOf(eb.ref('s.gatheringId')).as('gatheringTitle'))
      .select((eb) => gatheringSlugOf(eb.ref('s.gatheringId')).as('gatheringSlug'));
  }

  /** The actions a person owns, across gatherings: open ones first, soonest due first. */
  async ownedBy(personId: string, limit: number): Promise<ActionElsewhere[]> {
    const rows = await this.actionsElsewhere()
      .where('a.ownerId', '=', personId)
      .orderBy('a.done')
      .orderBy(sql`a.due_on nulls last`)
      .orderBy('a.createdAt')
      .orderBy('a.id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...r, gatheringTitle: r.gatheringTitle ?? '', gatheringSlug: r.gatheringSlug ?? '' }));
  }

  /** Open actions someone on Weave owns, due from `from` to `to` (YYYY-MM-DD, both included). */
  async openDueBetween(from: string, to: string): Promise<ActionElsewhere[]> {
    const rows = await this.actionsElsewhere()
      .where('a.done', '=', false)
      .where('a.ownerId', 'is not', null)
      .where(sql`a.due_on`, '>=', sql`${from}::date`)
      .where(sql`a.due_on`, '<=', sql`${to}::date`)
      .orderBy('a.dueOn')
      .orderBy('a.id')
      .limit(10_000)
      .execute();
    return rows.map((r) => ({ ...r, gatheringTitle: r.gatheringTitle ?? '', gatheringSlug: r.gatheringSlug ?? '' }));
  }
}
