import { Field, Int, ObjectType } from '@nestjs/graphql';
import { NotificationModel } from './notification.model.js';

@ObjectType('InboxUpdate', { description: 'Your inbox live: how many are unread, and the newest notification.' })
export class InboxUpdate {
  @Field(() => Int)
  unreadCount: number;

  @Field(() => NotificationModel, { nullable: true, description: 'Your newest notification (none when your inbox is empty).' })
  latest: NotificationModel | null;
}
