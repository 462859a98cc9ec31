import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Placement', { description: 'A session in a cell of the wall.' })
export class Placement {
  @Field(() => ID)
  sessionId: string;

  @Field(() => ID)
  slotId: string;

  @Field(() => ID)
  spaceId: string;
}
