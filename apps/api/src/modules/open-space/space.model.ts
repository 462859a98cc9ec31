import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SpaceTag } from './open-space.enums.js';
import { UUID } from '../../common/ids.js';

@ObjectType('Space', { description: 'A breakout space of the open-space grid.' })
export class SpaceModel {
  @Field(() => UUID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => [SpaceTag])
  tags: SpaceTag[];

  @Field(() => String, { nullable: true, description: 'The video-call link of an online space.' })
  videoUrl: string | null;
}
