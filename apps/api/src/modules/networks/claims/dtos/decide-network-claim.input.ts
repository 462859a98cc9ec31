import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';

@InputType()
export class DecideNetworkClaimInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be an id we gave out.' })
  claimId: string;

  @Field()
  @IsBoolean()
  approve: boolean;
}
