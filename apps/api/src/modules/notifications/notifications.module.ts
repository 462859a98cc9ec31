import { Module } from '@nestjs/common';
import { InboxLive } from './inbox-live.service.js';
import { InboxRepository } from './inbox.repository.js';
import { InboxResolver } from './inbox.resolver.js';
import { InboxService } from './inbox.service.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';

/** Notifications: other modules tell people about events through NotificationsService.notify; each person reads theirs in the inbox. */
@Module({
  providers: [NotificationsRepository, NotificationsService, InboxRepository, InboxService, InboxResolver, InboxLive],
  exports: [NotificationsService],
})
export class NotificationsModule {}
