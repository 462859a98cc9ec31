import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';

@ObjectType('GatheringInvitation', { description: 'An invitation link to a gathering. Registering through it records who invited whom.' })
export class GatheringInvitationModel {
  @Field(() => UUID)
  id: string;

  @Field()
  code: string;

  @Field({ description: 'The link to share.' })
  url: string;

  @Field(() => UUID)
  gatheringId: string;

  @Field()
  gatheringSlug: string;

  @Field()
  gatheringTitle: string;

  @Field()
  issuedByName: string;

  @Field(() => String, { nullable: true, description: 'The network it is issued on behalf of, if any.' })
  networkName: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  expiresAt: Date | null;

  @Field()
  isExpired: boolean;
}
