import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PersonName } from '../accounts/person-name.model.js';
import { SpaceTag } from './open-space.enums.js';
import { SpaceModel } from './space.model.js';
import { TimeSlotModel } from './time-slot.model.js';
import { UUID } from '../../common/ids.js';

@ObjectType('Session', { description: 'A session proposed for the agenda wall; once placed, also a breakout room.' })
export class SessionModel {
  @Field(() => UUID)
  id: string;

  @Field(() => UUID)
  gatheringId: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => [SpaceTag], { description: 'What it needs from its space.' })
  needs: SpaceTag[];

  @Field(() => PersonName)
  host: PersonName;

  @Field(() => UUID, { nullable: true, description: 'Its time slot once placed on the wall.' })
  slotId: string | null;

  @Field(() => UUID, { nullable: true, description: 'Its space once placed on the wall.' })
  spaceId: string | null;

  @Field(() => TimeSlotModel, { nullable: true, description: 'When it runs, once placed.' })
  slot: TimeSlotModel | null;

  @Field(() => SpaceModel, { nullable: true, description: 'Where it runs (name, tags, video link of an online space), once placed.' })
  space: SpaceModel | null;

  @Field(() => Int, { nullable: true, description: 'How many fit in its room (its space’s capacity) once placed.' })
  capacity: number | null;

  @Field(() => Int, { description: 'How many people are in its room now.' })
  headcount: number;

  @Field(() => Int, { description: 'How many people starred it.' })
  interestCount: number;

  @Field(() => UUID, { nullable: true, description: 'Set when merged into another session; it has then left the wall.' })
  mergedIntoId: string | null;

  @Field({ description: 'Moves on every change: keep the state with the highest version.' })
  version: string;
}
