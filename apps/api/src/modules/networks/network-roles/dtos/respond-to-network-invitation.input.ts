import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';
import { UUID } from '../../../../common/ids.js';

@InputType()
export class RespondToNetworkInvitationInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be an id we gave out.' })
  invitationId: string;

  @Field()
  @IsBoolean()
  accept: boolean;
}
