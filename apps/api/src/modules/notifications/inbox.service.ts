import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Viewer } from '../../common/access/request-context.js';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '../../common/pagination/connection.model.js';
import { InjectDb, type Db } from '../../database/database.js';
import type { NotificationsArgs } from './dtos/notifications.args.js';
import type { InboxUpdate } from './inbox-update.model.js';
import { InboxLive } from './inbox-live.service.js';
import { InboxRepository, type InboxRow } from './inbox.repository.js';
import { factsFrom } from './notification-facts.model.js';
import type { NotificationModel } from './notification.model.js';
import { NotificationsError, notificationsError } from './notifications.errors.js';

/** A person's inbox: only ever their own notifications. */
@Injectable()
export class InboxService {
  constructor(
    @InjectDb() private readonly db: Db,
    private readonly repository: InboxRepository,
    private readonly live: InboxLive,
  ) {}

  /** The viewer's notifications, newest first, a page at a time. */
  async page(args: NotificationsArgs, viewer: Viewer): Promise<Connection<NotificationModel>> {
    let after: { createdAt: string; id: string } | undefined;
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2);
      if (!isUUID(id) || Number.isNaN(Date.parse(String(createdAt)))) throw notificationsError(NotificationsError.BadInboxCursor);
      after = { createdAt: String(createdAt), id: String(id) };
    }
    const { rows, totalCount } = await this.repository.page(viewer.personId, { after, unreadOnly: args.unreadOnly, limit: args.first + 1 });
    return toConnection(rows, args.first, totalCount, (n) => encodeCursor([n.createdAt.toISOString(), n.id]), toModel);
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.repository.unreadCount(viewer.personId);
  }

  /** Marks one of the viewer's notifications read; someone else's is NOT_FOUND, as one that does not exist. */
  async markRead(notificationId: string, viewer: Viewer): Promise<NotificationModel> {
    await this.db.transaction().execute(async (trx) => {
      if (!(await this.repository.markRead(notificationId, viewer.personId, trx)))
        throw notificationsError(NotificationsError.NotificationNotFound);
      await this.live.publish([viewer.personId], trx);
    });
    const row = await this.repository.one(notificationId, viewer.personId);
    if (!row) throw notificationsError(NotificationsError.NotificationNotFound);
    return toModel(row);
  }

  /** Marks all of the viewer's notifications read; returns how many were unread. */
  markAllRead(viewer: Viewer): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const marked = await this.repository.markAllRead(viewer.personId, trx);
      if (marked > 0) await this.live.publish([viewer.personId], trx);
      return marked;
    });
  }

  /** The unread count and newest notification, now and after every change to the viewer's inbox. */
  updates(viewer: Viewer): AsyncIterableIterator<{ inboxUpdates: InboxUpdate }> {
    return this.live.stream(viewer.personId, async () => {
      const [unreadCount, latest] = await Promise.all([
        this.repository.unreadCount(viewer.personId),
        this.repository.newest(viewer.personId),
      ]);
      return { inboxUpdates: { unreadCount, latest: latest ? toModel(latest) : null } };
    });
  }
}

function toModel(row: InboxRow): NotificationModel {
  return {
    id: row.id,
    kind: row.kind,
    actor: row.actorId ? { id: row.actorId, displayName: row.actorName ?? '' } : null,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    facts: factsFrom(row.data),
    createdAt: row.createdAt,
    read: row.readAt !== null,
  };
}
