import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { PersonModel } from '../accounts/person.model.js';
import { InvitationStatus } from './network-role-invitation.entity.js';
import { NetworkRole } from './network.enums.js';
import { registerEnumType } from '@nestjs/graphql';

registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType({ description: "A person's role in a network, current or past (hand-overs stay visible)." })
export class NetworkRoleHolder {
  @Field(() => PersonModel)
  person: PersonModel;

  @Field(() => NetworkRole)
  role: NetworkRole;

  @Field(() => GraphQLISODateTime)
  since: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the role ended; null while it is current.' })
  until: Date | null;
}

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
