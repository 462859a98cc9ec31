import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';

@InputType()
export class RespondToMembershipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be an id we gave out.' })
  membershipId: string;

  @Field()
  @IsBoolean()
  accept: boolean;
}
