import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';
import { PersonName } from '../accounts/person-name.model.js';
import { NotificationKind, NotificationSubject } from './notification.enums.js';
import { NotificationFacts } from './notification-facts.model.js';

@ObjectType('Notification', { description: 'Something you were told about: what happened, who did it, and what it is about.' })
export class NotificationModel {
  @Field(() => UUID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => PersonName, { nullable: true, description: 'Who did it (none for Weave itself, or once their account is gone).' })
  actor: PersonName | null;

  @Field(() => NotificationSubject, { description: 'What kind of thing it is about; with `subjectId` and `facts`, where it links to.' })
  subjectType: NotificationSubject;

  @Field(() => UUID)
  subjectId: string;

  @Field(() => NotificationFacts, { description: 'Names and links for the text, as they were when you were told.' })
  facts: NotificationFacts;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field({ description: 'True once you have read it (or marked everything read).' })
  read: boolean;
}
