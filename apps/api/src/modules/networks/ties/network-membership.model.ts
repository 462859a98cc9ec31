import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NetworkSummary } from '../network-summary.model.js';
import { MembershipStatus, TieType } from './network-membership.entity.js';
import { UUID } from '../../../common/ids.js';

registerEnumType(TieType, { name: 'TieType', description: 'MEMBER belongs; PARTNER works alongside; OBSERVER follows.' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

@ObjectType('NetworkMembership', { description: 'A tie: `member` belongs to `parent`. Ending it keeps it in history.' })
export class NetworkMembershipModel {
  @Field(() => UUID)
  id: string;

  @Field(() => NetworkSummary)
  member: NetworkSummary;

  @Field(() => NetworkSummary)
  parent: NetworkSummary;

  @Field(() => TieType)
  tieType: TieType;

  @Field(() => MembershipStatus, { description: 'INVITED: the parent asked; REQUESTED: the member asked; then ACTIVE, DECLINED or ENDED.' })
  status: MembershipStatus;

  @Field(() => String, { nullable: true, description: 'Date the tie began (YYYY-MM-DD).' })
  since: string | null;

  @Field(() => String, { nullable: true, description: 'Date the tie ended (YYYY-MM-DD).' })
  until: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
