import { Injectable } from '@nestjs/common';
import type { Executor } from '../../database/database.js';
import { NotificationDeliveryRepository } from './notification-delivery.repository.js';
import { DEFAULT_DELIVERY } from './notification-defaults.js';
import { NotificationEmailsService } from './notification-emails.service.js';
import { NotificationDelivery, type NotificationKind, type NotificationSubject } from './notification.enums.js';
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
    private readonly deliveries: NotificationDeliveryRepository,
    private readonly emails: NotificationEmailsService,
    private readonly inboxLive: InboxLive,
  ) {}

  /**
   * Stores the notice for each recipient not yet told of this event, except those who turned its kind
   * off, and queues its email for those who want one at once (in the same transaction: no email for an
   * act that rolls back). Returns who was newly told.
   */
  async notify(notice: Notice, trx: Executor): Promise<string[]> {
    const everyone = [...new Set(notice.recipientIds.filter((id) => id !== notice.actorId))];
    const chosen = await this.deliveries.chosenFor(notice.kind, everyone, trx);
    const deliveryOf = (id: string) => chosen.get(id) ?? DEFAULT_DELIVERY[notice.kind];
    const recipientIds = everyone.filter((id) => deliveryOf(id) !== NotificationDelivery.OFF);
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
    await this.emails.queue(
      told.map((n) => ({ id: n.id, delivery: deliveryOf(n.recipientId) })),
      trx,
    );
    const toldIds = told.map((n) => n.recipientId);
    // Their open pages hear of it when the act commits (never of an act rolled back).
    await this.inboxLive.publish(toldIds, trx);
    return toldIds;
  }
}
