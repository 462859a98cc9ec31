import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { GatheringStatus } from '../gatherings/gathering.enums.js';
import { SpaceModel } from './space.model.js';
import { TimeSlotModel } from './time-slot.model.js';
import { SessionModel } from './session.model.js';
import { UUID } from '../../common/ids.js';

@ObjectType('Wall', { description: 'The agenda wall of a gathering: spaces × time slots, and the sessions on and off it.' })
export class WallModel {
  @Field(() => UUID)
  gatheringId: string;

  @Field(() => GatheringStatus, { description: 'The gathering’s status now: live walls get a fresh wall when it opens or closes.' })
  gatheringStatus: GatheringStatus;

  @Field(() => GraphQLISODateTime, {
    description: 'The server’s clock when this wall was sent: clients correct their own by it to know which slot is on now.',
  })
  serverTime: Date;

  @Field(() => [SpaceModel])
  spaces: SpaceModel[];

  @Field(() => [TimeSlotModel])
  slots: TimeSlotModel[];

  @Field(() => [SessionModel], { description: 'Sessions not merged away, placed or not.' })
  sessions: SessionModel[];
}
