import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsEnum, IsUUID, MaxLength } from 'class-validator';
import { NetworkRole } from '../network.enums.js';

const ID_MESSAGE = { message: 'This must be an id we gave out.' };

@InputType()
export class InviteToNetworkInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  networkId: string;

  @Field({ description: 'They may not be on Weave yet: the invitation waits for an account with this email.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(254)
  @IsEmail({}, { message: 'Enter an email address like name@example.org.' })
  email: string;

  @Field(() => NetworkRole)
  @IsEnum(NetworkRole)
  role: NetworkRole;
}

@InputType()
export class RespondToNetworkInvitationInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  invitationId: string;

  @Field()
  @IsBoolean()
  accept: boolean;
}

@InputType()
export class RemoveNetworkRoleInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  networkId: string;

  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  personId: string;

  @Field(() => NetworkRole)
  @IsEnum(NetworkRole)
  role: NetworkRole;
}

@InputType({ description: 'Hand your role on to someone already in the network; both periods stay in the history.' })
export class HandOverRoleInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  networkId: string;

  @Field(() => NetworkRole)
  @IsEnum(NetworkRole)
  role: NetworkRole;

  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  toPersonId: string;
}
