import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';

@InputType()
export class CreateInvitationInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => UUID, { nullable: true, description: 'Issue it on behalf of a network you are in.' })
  @IsOptional()
  @IsUUID('all', { message: 'This must be the id of a network.' })
  networkId?: string | null;
}
