import { Field, ObjectType } from '@nestjs/graphql';
import { NotificationDelivery, NotificationKind } from './notification.enums.js';

@ObjectType('NotificationPreference', { description: 'How you hear of one kind of notification.' })
export class NotificationPreferenceModel {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationDelivery, { description: 'In the app only, by email at once, in a daily digest, or not at all.' })
  delivery: NotificationDelivery;

  @Field({ description: 'True while you have not chosen: the delivery is Weave’s default for this kind.' })
  isDefault: boolean;
}
