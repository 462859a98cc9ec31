import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { NetworkSummary } from '../networks/network-summary.model.js';
import { CheckInModel } from './check-in.model.js';
import { RegistrationStatus } from './gathering.enums.js';
import { UUID } from '../../common/ids.js';

@ObjectType('Registration', { description: "A person's place (or place in the queue) at a gathering." })
export class RegistrationModel {
  @Field(() => UUID)
  id: string;

  @Field(() => UUID)
  gatheringId: string;

  @Field(() => UUID)
  personId: string;

  @Field()
  personName: string;

  @Field(() => RegistrationStatus, { description: 'ATTENDED: REGISTERED and checked in (see checkIn).' })
  status: RegistrationStatus;

  @Field(() => CheckInModel, { nullable: true, description: 'How and when they checked in; null until they came.' })
  checkIn: CheckInModel | null;

  @Field(() => Int, { nullable: true, description: 'Place in the waiting list (1 is next), while WAITLISTED.' })
  waitlistPosition: number | null;

  @Field(() => [UUID], { description: 'The networks they come on behalf of that you may see.' })
  representingNetworkIds: string[];

  @Field(() => [NetworkSummary], { description: 'The networks they come on behalf of that you may see.' })
  representingNetworks: NetworkSummary[];

  @Field(() => Int, {
    description:
      'How many members-only networks you are not in they come on behalf of: counted, never named (show it as "a members-only network").',
  })
  membersOnlyNetworkCount: number;

  @Field(() => String, { nullable: true, description: 'Seen by the person, and by conveners only when the person chose to share it.' })
  accessNeeds: string | null;

  @Field()
  shareAccessNeeds: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
