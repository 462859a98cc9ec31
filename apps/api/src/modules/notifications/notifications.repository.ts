import { Injectable } from '@nestjs/common';
import type { Executor } from '../../database/database.js';
import type { NotificationKind, NotificationSubject } from './notification.enums.js';

export interface NewNotifications {
  recipientIds: readonly string[];
  kind: NotificationKind;
  actorId: string | null;
  subjectType: NotificationSubject;
  subjectId: string;
  eventKey: string;
  data: Record<string, string>;
}

/** All SQL on notifications. */
@Injectable()
export class NotificationsRepository {
  /** One row per recipient; a recipient already told of this event is skipped. Returns the new rows. */
  async insert(n: NewNotifications, db: Executor): Promise<{ id: string; recipientId: string }[]> {
    if (n.recipientIds.length === 0) return [];
    const rows = await db
      .insertInto('notifications')
      .values(
        [...new Set(n.recipientIds)].map((recipientId) => ({
          recipientId,
          kind: n.kind,
          actorId: n.actorId,
          subjectType: n.subjectType,
          subjectId: n.subjectId,
          eventKey: n.eventKey,
          data: JSON.stringify(n.data),
        })),
      )
      .onConflict((oc) => oc.constraint('notifications_once_per_event').doNothing())
      .returning(['id', 'recipientId'])
      .execute();
    return rows;
  }
}
