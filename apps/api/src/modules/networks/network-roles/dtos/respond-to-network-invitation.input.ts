import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';

@InputType()
export class RespondToNetworkInvitationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be an id we gave out.' })
  invitationId: string;

  @Field()
  @IsBoolean()
  accept: boolean;
}
