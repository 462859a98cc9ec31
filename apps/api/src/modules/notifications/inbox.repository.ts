import { Injectable } from '@nestjs/common';
import { sql, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../database/db.generated.js';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import { displayNameOf } from '../accounts/accounts.fragments.js';
import type { NotificationKind, NotificationSubject } from './notification.enums.js';

export interface InboxRow {
  id: string;
  kind: NotificationKind;
  actorId: string | null;
  actorName: string | null;
  subjectType: NotificationSubject;
  subjectId: string;
  data: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
}

type InboxFrom = DB & { n: DB['notifications'] };

// Cursors carry milliseconds, so the inbox is ordered by the same truncated time.
const createdMs = sql<Date>`date_trunc('milliseconds', ${sql.ref('n.createdAt')})`;

/** SQL on notifications as their recipient reads them: always scoped to the reader. */
@Injectable()
export class InboxRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** The reader's notifications, newest first, after the cursor: `limit` rows, and the total (two statements for any page size). */
  async page(
    recipientId: string,
    options: { after?: { createdAt: string; id: string }; unreadOnly: boolean; limit: number },
  ): Promise<{ rows: InboxRow[]; totalCount: number }> {
    const mine = () => {
      const query = this.db.selectFrom('notifications as n').where('n.recipientId', '=', recipientId);
      return options.unreadOnly ? query.where('n.readAt', 'is', null) : query;
    };
    const { total } = await mine()
      .select(sql<number>`count(*)::int`.as('total'))
      .executeTakeFirstOrThrow();
    let query = this.rows(mine());
    const cursor = options.after;
    if (cursor)
      query = query.where(sql<boolean>`(${createdMs}, ${sql.ref('n.id')}) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`);
    const rows = await query.orderBy(createdMs, 'desc').orderBy('n.id', 'desc').limit(options.limit).execute();
    return { rows: rows as InboxRow[], totalCount: total };
  }

  unreadCount(recipientId: string, db: Executor = this.db): Promise<number> {
    return db
      .selectFrom('notifications')
      .select(sql<number>`count(*)::int`.as('count'))
      .where('recipientId', '=', recipientId)
      .where('readAt', 'is', null)
      .executeTakeFirstOrThrow()
      .then((r) => r.count);
  }

  /** Marks one of the reader's notifications read; false when it is not theirs (or does not exist). */
  async markRead(id: string, recipientId: string, db: Executor): Promise<boolean> {
    const row = await db
      .updateTable('notifications')
      .set({ readAt: sql`coalesce(read_at, now())` })
      .where('id', '=', id)
      .where('recipientId', '=', recipientId)
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Marks every unread notification of the reader read; how many were. */
  async markAllRead(recipientId: string, db: Executor): Promise<number> {
    const rows = await db
      .updateTable('notifications')
      .set({ readAt: sql`now()` })
      .where('recipientId', '=', recipientId)
      .where('readAt', 'is', null)
      .returning('id')
      .execute();
    return rows.length;
  }

  /** One of the reader's notifications. */
  async one(id: string, recipientId: string): Promise<InboxRow | undefined> {
    const row = await this.rows(this.db.selectFrom('notifications as n'))
      .where('n.id', '=', id)
      .where('n.recipientId', '=', recipientId)
      .executeTakeFirst();
    return row as InboxRow | undefined;
  }

  /** The reader's newest notification. */
  async newest(recipientId: string): Promise<InboxRow | undefined> {
    const row = await this.rows(this.db.selectFrom('notifications as n'))
      .where('n.recipientId', '=', recipientId)
      .orderBy('n.createdAt', 'desc')
      .orderBy('n.id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row as InboxRow | undefined;
  }

  /** What the inbox shows of each notification, with the actor's name. */
  private rows(from: SelectQueryBuilder<InboxFrom, 'n', object>) {
    return from.select([
      'n.id',
      'n.kind',
      'n.actorId',
      displayNameOf(sql.ref('n.actorId')).as('actorName'),
      'n.subjectType',
      'n.subjectId',
      'n.data',
      'n.createdAt',
      'n.readAt',
    ]);
  }
}
