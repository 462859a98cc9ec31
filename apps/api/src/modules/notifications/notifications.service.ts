import { Injectable } from '@nestjs/common';
import type { Executor } from '../../database/database.js';
import type { NotificationKind, NotificationSubject } from './notification.enums.js';
import { InboxLive } from './inbox-live.service.js';
import { NotificationsRepository } from './notifications.repository.js';

/** What another module tells the notifications module about an event it has just caused. */
export interface Notice {
  kind: NotificationKind;
  /** Everyone to tell. Duplicates are fine; the actor is never told of their own act. */
  recipientIds: readonly string[];
  /** Who caused it (null for Weave itself: a reminder, a promotion from the waiting list). */
  actorId: string | null;
  subject: { type: NotificationSubject; id: string };
  /**
   * Names the event, the same whichever path it reaches a person by (e.g.
   * `post:<id>`), so each person is told of it once.
   */
  eventKey: string;
  /** A few facts for the text: a title, a name, a slug. No private data beyond what the recipient may see. */
  data?: Record<string, string>;
}

/**
 * Tells people about what happened. Modules call `notify` with the executor of
 * the act's own transaction: the act and its notices are written together or
 * not at all. Deciding who may be told (who can see the thing) is the
 * caller's rule; this module stores and delivers.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly inboxLive: InboxLive,
  ) {}

  /** Stores the notice for each recipient not yet told of this event; returns who was newly told. */
  async notify(notice: Notice, trx: Executor): Promise<string[]> {
    const recipientIds = notice.recipientIds.filter((id) => id !== notice.actorId);
    const told = await this.repository.insert(
      {
        recipientIds,
        kind: notice.kind,
        actorId: notice.actorId,
        subjectType: notice.subject.type,
        subjectId: notice.subject.id,
        eventKey: notice.eventKey,
        data: notice.data ?? {},
      },
      trx,
    );
    // Their open pages hear of it when the act commits (never of an act rolled back).
    await this.inboxLive.publish(told, trx);
    return told;
  }
}
