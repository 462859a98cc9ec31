import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { MembershipStatus, TieType } from './network-membership.entity.js';
import { LifecycleStage, NetworkKind } from './network.enums.js';

@ObjectType({ description: 'The other network of a tie, as much as the viewer may see.' })
export class NetworkSummary {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => NetworkKind)
  kind: NetworkKind;

  @Field()
  isClosed: boolean;

  static from(n: { id: string; slug: string; name: string; kind: NetworkKind; lifecycleStage: LifecycleStage }): NetworkSummary {
    return { id: n.id, slug: n.slug, name: n.name, kind: n.kind, isClosed: n.lifecycleStage === LifecycleStage.CLOSED };
  }
}

@ObjectType('NetworkMembership', { description: 'A tie: `member` belongs to `parent`. Ending it keeps it in history.' })
export class NetworkMembershipModel {
  @Field(() => ID)
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

@ObjectType({ description: 'A coalition this network belongs to, directly (depth 1) or through others.' })
export class CoalitionMembership {
  @Field(() => NetworkSummary)
  network: NetworkSummary;

  @Field(() => Int, { description: '1 for a direct membership, 2 for a coalition of a coalition, and so on.' })
  depth: number;
}
