import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { NotificationIdInput } from './dtos/notification-id.input.js';
import { NotificationsArgs } from './dtos/notifications.args.js';
import { InboxUpdate } from './inbox-update.model.js';
import { InboxService } from './inbox.service.js';
import { NotificationConnection } from './notification-connection.model.js';
import { NotificationModel } from './notification.model.js';

@Resolver(() => NotificationModel)
export class InboxResolver {
  constructor(private readonly inbox: InboxService) {}

  @SignedIn()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(@Args() args: NotificationsArgs, @CurrentViewer() viewer: Viewer): Promise<NotificationConnection> {
    return this.inbox.page(args, viewer);
  }

  @SignedIn()
  @Query(() => Int, { description: 'How many of your notifications you have not read.' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.inbox.unreadCount(viewer);
  }

  @SignedIn()
  @Mutation(() => NotificationModel, { description: 'Marks one of your notifications read (NOT_FOUND for anyone else’s).' })
  markNotificationRead(@Args('input') input: NotificationIdInput, @CurrentViewer() viewer: Viewer): Promise<NotificationModel> {
    return this.inbox.markRead(input.notificationId, viewer);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Marks all your notifications read; returns how many were unread.' })
  markAllNotificationsRead(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.inbox.markAllRead(viewer);
  }

  @SignedIn()
  @Subscription(() => InboxUpdate, {
    description: 'Your inbox live: the unread count and newest notification now, and again whenever they change.',
  })
  inboxUpdates(@CurrentViewer() viewer: Viewer): AsyncIterableIterator<{ inboxUpdates: InboxUpdate }> {
    return this.inbox.updates(viewer);
  }
}
