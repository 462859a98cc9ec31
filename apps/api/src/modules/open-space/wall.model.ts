import { Field, ObjectType } from '@nestjs/graphql';
import { SpaceModel } from './space.model.js';
import { TimeSlotModel } from './time-slot.model.js';
import { SessionModel } from './session.model.js';
import { UUID } from '../../common/ids.js';

@ObjectType('Wall', { description: 'The agenda wall of a gathering: spaces × time slots, and the sessions on and off it.' })
export class WallModel {
  @Field(() => UUID)
  gatheringId: string;

  @Field(() => [SpaceModel])
  spaces: SpaceModel[];

  @Field(() => [TimeSlotModel])
  slots: TimeSlotModel[];

  @Field(() => [SessionModel], { description: 'Sessions not merged away, placed or not.' })
  sessions: SessionModel[];
}
