import { Injectable } from '@nestjs/common';
import { sql, type Insertable, type Selectable } from 'kysely';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import type { Connections } from '../../database/db.generated.js';
import { displayNameOf } from '../accounts/accounts.fragments.js';
import { conversationsSharedWith } from '../conversations/conversations.fragments.js';
import { gatheringSlugOf, gatheringStartOf, gatheringTitleOf, placeNetworksOf, placesHeld } from '../gatherings/gatherings.fragments.js';
import { roomAttendance } from '../open-space/open-space.fragments.js';
import type { Viewer } from '../../common/access/request-context.js';
import type { NetworkSummary } from '../networks/network-summary.model.js';
import type { NetworkKind } from '../networks/network.enums.js';
import { networkSummaries } from '../networks/networks.fragments.js';
import { Closeness, ConnectionStatus } from './relationships.enums.js';

export type ConnectionRow = Omit<Selectable<Connections>, 'status' | 'closeness'> & { status: ConnectionStatus; closeness: Closeness };

/** A connection with the other person's name and where they met, as the viewer reads it. */
export interface ConnectionView extends ConnectionRow {
  otherId: string;
  otherName: string;
  gatheringSlug: string;
  gatheringTitle: string;
  gatheringStartsAt: Date;
}

/** The pair's ids in the order the table keeps them (first_person_id < second_person_id). */
export const ordered = (one: string, other: string): [string, string] => (one < other ? [one, other] : [other, one]);

/** All SQL on connections; other modules' tables only through their fragments. */
@Injectable()
export class RelationshipsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  transaction<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  /** The networks each of the two came for at the gathering: null for one without a place there. One statement. */
  async places(gatheringId: string, viewerId: string, otherId: string): Promise<{ mine: string[] | null; theirs: string[] | null }> {
    const row = await this.db
      .selectNoFrom([placeNetworksOf(gatheringId, viewerId).as('mine'), placeNetworksOf(gatheringId, otherId).as('theirs')])
      .executeTakeFirstOrThrow();
    return { mine: row.mine ?? null, theirs: row.theirs ?? null };
  }

  /** Inserts a proposal unless the pair already has a connection (then nothing: the caller locks that one). */
  insertProposal(trx: Executor, row: Insertable<Connections>): Promise<ConnectionRow | undefined> {
    return trx
      .insertInto('connections')
      .values(row)
      .onConflict((oc) => oc.columns(['firstPersonId', 'secondPersonId']).doNothing())
      .returningAll()
      .$narrowType<{ status: ConnectionStatus; closeness: Closeness }>()
      .executeTakeFirst();
  }

  /** The pair's connection, locked until the transaction ends. */
  lockPair(trx: Executor, firstPersonId: string, secondPersonId: string): Promise<ConnectionRow | undefined> {
    return trx
      .selectFrom('connections')
      .selectAll()
      .$narrowType<{ status: ConnectionStatus; closeness: Closeness }>()
      .where('firstPersonId', '=', firstPersonId)
      .where('secondPersonId', '=', secondPersonId)
      .forUpdate()
      .executeTakeFirst();
  }

  /** The connection if `personId` is one of its two people, locked until the transaction ends. */
  lockFor(trx: Executor, id: string, personId: string): Promise<ConnectionRow | undefined> {
    return trx
      .selectFrom('connections')
      .selectAll()
      .$narrowType<{ status: ConnectionStatus; closeness: Closeness }>()
      .where('id', '=', id)
      .where((eb) => eb.or([eb('firstPersonId', '=', personId), eb('secondPersonId', '=', personId)]))
      .forUpdate()
      .executeTakeFirst();
  }

  async confirm(trx: Executor, id: string): Promise<void> {
    await trx
      .updateTable('connections')
      .set({ status: ConnectionStatus.CONFIRMED, confirmedAt: sql<Date>`now()`, updatedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
  }

  async setCloseness(trx: Executor, id: string, closeness: Closeness): Promise<void> {
    await trx
      .updateTable('connections')
      .set({ closeness, updatedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
  }

  async delete(trx: Executor, id: string): Promise<void> {
    await trx.deleteFrom('connections').where('id', '=', id).execute();
  }

  /** The viewer's connections, each with the other person and the gathering where they met. */
  private views(viewerId: string) {
    const other = sql<string>`CASE WHEN ${sql.ref('c.firstPersonId')} = ${viewerId}::uuid THEN ${sql.ref('c.secondPersonId')} ELSE ${sql.ref('c.firstPersonId')} END`;
    return this.db
      .selectFrom('connections as c')
      .selectAll('c')
      .select((eb) => [
        other.as('otherId'),
        sql<string>`(${displayNameOf(other)})`.as('otherName'),
        sql<string>`(${gatheringSlugOf(eb.ref('c.gatheringId'))})`.as('gatheringSlug'),
        sql<string>`(${gatheringTitleOf(eb.ref('c.gatheringId'))})`.as('gatheringTitle'),
        sql<Date>`(${gatheringStartOf(eb.ref('c.gatheringId'))})`.as('gatheringStartsAt'),
      ])
      .$narrowType<{ status: ConnectionStatus; closeness: Closeness }>()
      .where((eb) => eb.or([eb('c.firstPersonId', '=', viewerId), eb('c.secondPersonId', '=', viewerId)]));
  }

  /** One connection of the viewer's, as they read it. */
  view(id: string, viewerId: string): Promise<ConnectionView | undefined> {
    return this.views(viewerId).where('c.id', '=', id).executeTakeFirst();
  }

  /** A page of the viewer's confirmed connections, newest first, after a (confirmedAt, id) cursor; and how many there are. */
  async confirmedPage(args: {
    viewerId: string;
    after?: { confirmedAt: string; id: string };
    limit: number;
  }): Promise<{ rows: ConnectionView[]; totalCount: number }> {
    const { total } = await this.db
      .selectFrom('connections as c')
      .select((eb) => eb.fn.countAll<string>().as('total'))
      .where('c.status', '=', ConnectionStatus.CONFIRMED)
      .where((eb) => eb.or([eb('c.firstPersonId', '=', args.viewerId), eb('c.secondPersonId', '=', args.viewerId)]))
      .executeTakeFirstOrThrow();
    // Cursors carry milliseconds, so order by the same truncated time.
    const confirmedMs = sql<Date>`date_trunc('milliseconds', ${sql.ref('c.confirmedAt')})`;
    let query = this.views(args.viewerId).where('c.status', '=', ConnectionStatus.CONFIRMED);
    if (args.after)
      query = query.where(
        sql<boolean>`(${confirmedMs}, ${sql.ref('c.id')}) < (${args.after.confirmedAt}::timestamptz, ${args.after.id}::uuid)`,
      );
    const rows = await query.orderBy(confirmedMs, 'desc').orderBy('c.id', 'desc').limit(args.limit).execute();
    return { rows, totalCount: Number(total) };
  }

  /** The viewer's proposals either way (theirs to confirm first, then newest), at most `limit`. */
  proposed(viewerId: string, limit: number): Promise<ConnectionView[]> {
    return this.views(viewerId)
      .where('c.status', '=', ConnectionStatus.PROPOSED)
      .orderBy(sql`${sql.ref('c.proposedById')} = ${viewerId}::uuid`)
      .orderBy('c.createdAt', 'desc')
      .orderBy('c.id')
      .limit(limit)
      .execute();
  }

  /** The gatherings the viewer and each of `otherIds` both had a place at (not drafts), newest first. One statement. */
  sharedGatherings(viewerId: string, otherIds: readonly string[]) {
    if (otherIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom(placesHeld().as('mine'))
      .innerJoin(placesHeld().as('theirs'), 'theirs.gatheringId', 'mine.gatheringId')
      .select(['theirs.personId as otherId', 'mine.gatheringId as id', 'mine.slug', 'mine.title', 'mine.startsAt'])
      .where('mine.personId', '=', viewerId)
      .where('theirs.personId', 'in', [...new Set(otherIds)])
      .orderBy('mine.startsAt', 'desc')
      .execute();
  }

  /** The conversations the viewer may read that they and each of `otherIds` both posted in. One statement. */
  sharedConversations(viewerId: string, otherIds: readonly string[]) {
    if (otherIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom(conversationsSharedWith(viewerId).as('s'))
      .select(['s.otherId', 's.conversationId as id', 's.title'])
      .where('s.otherId', 'in', [...new Set(otherIds)])
      .orderBy('s.title')
      .execute();
  }

  /**
   * The people with a place at the gathering who were in a breakout room with the viewer there, most rooms
   * first, with the viewer's connection with each if any. One statement.
   */
  roomMates(gatheringId: string, viewerId: string, limit: number) {
    return this.db
      .selectFrom(roomAttendance().as('mine'))
      .innerJoin(roomAttendance().as('theirs'), 'theirs.sessionId', 'mine.sessionId')
      .innerJoin(placesHeld().as('place'), (join) =>
        join.onRef('place.personId', '=', 'theirs.personId').onRef('place.gatheringId', '=', 'mine.gatheringId'),
      )
      .leftJoin('connections as c', (join) =>
        join.on((eb) =>
          eb.or([
            eb.and([eb('c.firstPersonId', '=', viewerId), eb('c.secondPersonId', '=', eb.ref('theirs.personId'))]),
            eb.and([eb('c.secondPersonId', '=', viewerId), eb('c.firstPersonId', '=', eb.ref('theirs.personId'))]),
          ]),
        ),
      )
      .select((eb) => [
        'theirs.personId as id',
        sql<string>`(${displayNameOf(eb.ref('theirs.personId'))})`.as('displayName'),
        sql<number>`count(DISTINCT ${sql.ref('mine.sessionId')})::int`.as('sharedRooms'),
        sql<ConnectionStatus | null>`max(${sql.ref('c.status')})`.as('connectionStatus'),
      ])
      .where('mine.personId', '=', viewerId)
      .where('mine.gatheringId', '=', gatheringId)
      .where('theirs.personId', '<>', viewerId)
      .groupBy('theirs.personId')
      .orderBy('sharedRooms', 'desc')
      .orderBy('displayName')
      .orderBy('theirs.personId')
      .limit(limit)
      .execute();
  }

  /** The networks among `ids` that the viewer may see. One statement. */
  async networks(ids: readonly string[], viewer: Viewer): Promise<NetworkSummary[]> {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom(networkSummaries(viewer).as('n'))
      .select(['n.id', 'n.slug', 'n.name', sql<NetworkKind>`${sql.ref('n.kind')}`.as('kind'), 'n.isClosed'])
      .where('n.id', 'in', [...new Set(ids)])
      .execute();
  }
}
