import { Field, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { UUID } from '../../../../common/ids.js';

@InputType()
export class EndMembershipInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be an id we gave out.' })
  membershipId: string;
}
