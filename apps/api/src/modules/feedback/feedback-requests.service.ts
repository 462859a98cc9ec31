import { Injectable } from '@nestjs/common';
import { JobsService } from '../../common/jobs/jobs.service.js';
import { GATHERING_CLOSED, type GatheringClosedEvent } from '../gatherings/gatherings.service.js';
import { NotificationKind, NotificationSubject } from '../notifications/notification.enums.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { FeedbackRepository } from './feedback.repository.js';

/** The job that asks a closed gathering's participants for feedback. */
export const FEEDBACK_ON_CLOSE_JOB = 'feedback-ask-on-gathering-closed';

/** The web page of a gathering's after form. */
export const feedbackPath = (slug: string) => `/gatherings/${encodeURIComponent(slug)}/feedback`;

/** When a gathering closes, its after form opens and everyone who had a place is asked, once each. */
@Injectable()
export class FeedbackRequestsService {
  constructor(
    private readonly repository: FeedbackRepository,
    private readonly notifications: NotificationsService,
    jobs: JobsService,
  ) {
    jobs.subscribe<GatheringClosedEvent>(GATHERING_CLOSED, FEEDBACK_ON_CLOSE_JOB, (event) => this.askAfterClose(event));
  }

  async askAfterClose({ gatheringId, closedAt }: GatheringClosedEvent): Promise<void> {
    await this.repository.transaction(async (trx) => {
      await this.repository.lockForm(trx, gatheringId, new Date(closedAt));
      const { title, slug, personIds } = await this.repository.askees(gatheringId, trx);
      await this.notifications.notify(
        {
          kind: NotificationKind.FEEDBACK_REQUESTED,
          recipientIds: personIds,
          actorId: null,
          subject: { type: NotificationSubject.FEEDBACK, id: gatheringId },
          // Once each, however often the job runs.
          eventKey: `feedback-requested:${gatheringId}`,
          data: { title, path: feedbackPath(slug) },
        },
        trx,
      );
    });
  }
}
