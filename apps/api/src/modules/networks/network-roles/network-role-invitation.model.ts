import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NetworkRole } from '../network.enums.js';
import { InvitationStatus } from './network-role-invitation.entity.js';

registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType({ description: 'An invitation to take a role in a network.' })
export class NetworkRoleInvitation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
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
