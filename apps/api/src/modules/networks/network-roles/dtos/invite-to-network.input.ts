import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsUUID, MaxLength } from 'class-validator';
import { NetworkRole } from '../../network.enums.js';
import { UUID } from '../../../../common/ids.js';

@InputType()
export class InviteToNetworkInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be an id we gave out.' })
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
