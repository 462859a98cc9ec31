import { Module } from '@nestjs/common';
import { NotificationDeliveryRepository } from './notification-delivery.repository.js';
import { NotificationEmailsService } from './notification-emails.service.js';
import { NotificationPreferencesResolver } from './notification-preferences.resolver.js';
import { NotificationPreferencesService } from './notification-preferences.service.js';
import { InboxLive } from './inbox-live.service.js';
import { InboxRepository } from './inbox.repository.js';
import { InboxResolver } from './inbox.resolver.js';
import { InboxService } from './inbox.service.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';
import { UnsubscribeController } from './unsubscribe.controller.js';

/**
 * Notifications: other modules tell people about events through NotificationsService.notify; each person
 * reads theirs in the inbox and chooses how they hear of each kind (in the app, by email at once, in a
 * daily digest, or not at all).
 */
@Module({
  controllers: [UnsubscribeController],
  providers: [
    NotificationsRepository,
    NotificationsService,
    NotificationDeliveryRepository,
    NotificationEmailsService,
    NotificationPreferencesService,
    NotificationPreferencesResolver,
    InboxRepository,
    InboxService,
    InboxResolver,
    InboxLive,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
