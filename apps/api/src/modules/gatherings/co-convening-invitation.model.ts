import { Field, ObjectType } from '@nestjs/graphql';
import { NetworkSummary } from '../networks/network-summary.model.js';
import { GatheringModel } from './gathering.model.js';

@ObjectType('CoConveningInvitation', { description: 'A gathering your network is invited to co-convene.' })
export class CoConveningInvitation {
  @Field(() => GatheringModel)
  gathering: GatheringModel;

  @Field(() => NetworkSummary, { description: 'Your network that is invited.' })
  network: NetworkSummary;
}
