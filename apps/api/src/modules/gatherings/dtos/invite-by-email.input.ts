import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { UUID } from '../../../common/ids.js';

/** How many addresses one list may invite. */
export const MAX_EMAIL_INVITATIONS = 500;

@InputType()
export class InviteByEmailInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field({ description: `Email addresses, one per line (up to ${MAX_EMAIL_INVITATIONS}).` })
  @IsString()
  @MaxLength(100_000)
  emails: string;

  @Field(() => UUID, { nullable: true, description: 'Invite on behalf of a network you are in.' })
  @IsOptional()
  @IsUUID('all', { message: 'This must be the id of a network.' })
  networkId?: string | null;
}
