import { Field, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';

@ObjectType('MyAction', { description: 'An action the viewer owns, with the session and gathering it came from.' })
export class MyActionModel {
  @Field(() => UUID)
  id: string;

  @Field()
  what: string;

  @Field(() => String, { nullable: true, description: 'Due date, YYYY-MM-DD.' })
  dueOn: string | null;

  @Field()
  done: boolean;

  @Field()
  sessionTitle: string;

  @Field(() => UUID)
  gatheringId: string;

  @Field()
  gatheringTitle: string;

  @Field()
  gatheringSlug: string;
}
