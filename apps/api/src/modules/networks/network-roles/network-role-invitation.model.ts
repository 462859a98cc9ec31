import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NetworkRole } from '../network.enums.js';
import { InvitationStatus } from './network-role-invitation.entity.js';
import { UUID } from '../../../common/ids.js';

registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType({ description: 'An invitation to take a role in a network.' })
export class NetworkRoleInvitation {
  @Field(() => UUID)
  id: string;

  @Field(() => UUID)
  networkId: string;

  @Field()
  networkName: string;

  @Field()
  networkSlug: string;

  @Field({ description: 'Shown to the network’s facilitators and to the person invited.' })
  email: string;

  @Field(() => NetworkRole)
  role: NetworkRole;

  @Field(() => InvitationStatus)
  status: InvitationStatus;

  @Field(() => String, { nullable: true, description: 'Who sent it.' })
  invitedByName: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
