import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Action', { description: 'Something a session decided to do.' })
export class ActionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sessionId: string;

  @Field()
  what: string;

  @Field()
  ownerName: string;

  @Field(() => ID, { nullable: true })
  ownerId: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueOn: string | null;

  @Field()
  done: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
