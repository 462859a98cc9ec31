import { Field, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';

@ObjectType('Placement', { description: 'A session in a cell of the wall.' })
export class Placement {
  @Field(() => UUID)
  sessionId: string;

  @Field(() => UUID)
  slotId: string;

  @Field(() => UUID)
  spaceId: string;
}
