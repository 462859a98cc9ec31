import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { NotificationDelivery, NotificationKind } from '../notification.enums.js';

@InputType({ description: 'How you want to hear of one kind of notification.' })
export class SetNotificationPreferenceInput {
  @Field(() => NotificationKind)
  @IsEnum(NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationDelivery)
  @IsEnum(NotificationDelivery)
  delivery: NotificationDelivery;
}
