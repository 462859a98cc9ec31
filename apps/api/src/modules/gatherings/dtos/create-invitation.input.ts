import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@InputType()
export class CreateInvitationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => ID, { nullable: true, description: 'Issue it on behalf of a network you are in.' })
  @IsOptional()
  @IsUUID('all', { message: 'This must be the id of a network.' })
  networkId?: string | null;
}
