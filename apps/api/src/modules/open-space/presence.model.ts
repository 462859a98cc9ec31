import { Field, ObjectType } from '@nestjs/graphql';
import { SessionModel } from './session.model.js';
import { UUID } from '../../common/ids.js';

@ObjectType('Presence', { description: 'Where you are now at a gathering.' })
export class PresenceModel {
  @Field(() => UUID)
  gatheringId: string;

  @Field(() => SessionModel, { nullable: true, description: 'The room you are in, or null.' })
  session: SessionModel | null;
}
