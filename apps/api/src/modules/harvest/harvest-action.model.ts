import { Field, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';

@ObjectType('HarvestAction', { description: 'An action a session decided on: what, who owns it, by when, and whether it is done.' })
export class HarvestActionModel {
  @Field(() => UUID)
  id: string;

  @Field()
  what: string;

  @Field({ description: 'The owner, in words (a person on Weave or not, or a network).' })
  ownerName: string;

  @Field(() => UUID, { nullable: true, description: 'The owner, when they are on Weave.' })
  ownerId: string | null;

  @Field(() => String, { nullable: true, description: 'Due date, YYYY-MM-DD.' })
  dueOn: string | null;

  @Field()
  done: boolean;
}
