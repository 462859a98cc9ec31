import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';

@ObjectType('Action', { description: 'Something a session decided to do.' })
export class ActionModel {
  @Field(() => UUID)
  id: string;

  @Field(() => UUID)
  sessionId: string;

  @Field()
  what: string;

  @Field()
  ownerName: string;

  @Field(() => UUID, { nullable: true })
  ownerId: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueOn: string | null;

  @Field()
  done: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
