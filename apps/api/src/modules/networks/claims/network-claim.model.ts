import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ClaimStatus } from './network-claim.entity.js';
import { NetworkSummary } from '../network-summary.model.js';
import { UUID } from '../../../common/ids.js';

registerEnumType(ClaimStatus, { name: 'ClaimStatus' });

@ObjectType('NetworkClaim', { description: 'A person says an unclaimed listing is their network.' })
export class NetworkClaimModel {
  @Field(() => UUID)
  id: string;

  @Field(() => NetworkSummary)
  network: NetworkSummary;

  @Field()
  claimantName: string;

  @Field()
  claimantEmail: string;

  @Field()
  message: string;

  @Field(() => ClaimStatus)
  status: ClaimStatus;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
