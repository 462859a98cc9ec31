import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { JobsService } from '../../common/jobs/jobs.service.js';
import { InjectDb, type Db } from '../../database/database.js';
import { NotificationKind, NotificationSubject } from '../notifications/notification.enums.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { DayRecordService } from '../open-space/day-record.service.js';
import type { MyActionModel } from './my-action.model.js';

/** How far ahead a reminder looks: actions due today, tomorrow or the day after. */
export const DUE_SOON_DAYS = 2;

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** The scheduled job that reminds owners of actions due soon: each morning, run by one of the API processes. */
export const ACTIONS_DUE_SOON_JOB = 'harvest-actions-due-soon';

/** Actions live on after the day: each owner's list across gatherings, and reminders before they fall due. */
@Injectable()
export class ActionsService {
  constructor(
    @InjectDb() private readonly db: Db,
    private readonly day: DayRecordService,
    private readonly notifications: NotificationsService,
    jobs: JobsService,
  ) {
    jobs.schedule(ACTIONS_DUE_SOON_JOB, '0 8 * * *', async () => void (await this.remindDueSoon(new Date())), {
      timeZone: 'Europe/London',
    });
  }

  /** The viewer's actions across gatherings: open ones first, soonest due first. One statement. */
  async mine(viewer: Viewer): Promise<MyActionModel[]> {
    const actions = await this.day.ownedBy(viewer.personId);
    return actions.map(({ id, what, dueOn, done, sessionTitle, gatheringId, gatheringTitle, gatheringSlug }) => ({
      id,
      what,
      dueOn,
      done,
      sessionTitle,
      gatheringId,
      gatheringTitle,
      gatheringSlug,
    }));
  }

  /**
   * Tells each owner of an open action due within the next two days (dates in
   * UTC) that it is due soon. Safe to run as often as a scheduler likes: each
   * action is told of once per due date (a new due date is a new reminder).
   * Returns how many people were newly told.
   */
  async remindDueSoon(now: Date): Promise<number> {
    const from = isoDate(now);
    const to = isoDate(new Date(now.getTime() + DUE_SOON_DAYS * 86_400_000));
    const due = await this.day.openDueBetween(from, to);
    if (due.length === 0) return 0;
    return this.db.transaction().execute(async (trx) => {
      let told = 0;
      for (const action of due) {
        const newly = await this.notifications.notify(
          {
            kind: NotificationKind.ACTION_DUE_SOON,
            recipientIds: [action.ownerId!],
            actorId: null,
            subject: { type: NotificationSubject.ACTION, id: action.id },
            eventKey: `action-due-soon:${action.id}:${action.dueOn}`,
            data: { what: action.what, dueOn: action.dueOn!, gatheringTitle: action.gatheringTitle, gatheringSlug: action.gatheringSlug },
          },
          trx,
        );
        told += newly.length;
      }
      return told;
    });
  }
}
