import { Module } from '@nestjs/common';
import { GatheringsModule } from '../gatherings/gatherings.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { FeedbackRepository } from './feedback.repository.js';
import { FeedbackRequestsService } from './feedback-requests.service.js';
import { FeedbackResolver } from './feedback.resolver.js';
import { FeedbackResultsRepository } from './feedback-results.repository.js';
import { FeedbackResultsService } from './feedback-results.service.js';
import { FeedbackService } from './feedback.service.js';

/** Feedback after a gathering (and before a series): forms, answers, and results without names. */
@Module({
  imports: [GatheringsModule, NotificationsModule],
  providers: [
    FeedbackRepository,
    FeedbackResultsRepository,
    FeedbackService,
    FeedbackResultsService,
    FeedbackRequestsService,
    FeedbackResolver,
  ],
  exports: [FeedbackService],
})
export class FeedbackModule {}
