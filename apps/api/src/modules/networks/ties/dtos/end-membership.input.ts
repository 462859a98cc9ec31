import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class EndMembershipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be an id we gave out.' })
  membershipId: string;
}
