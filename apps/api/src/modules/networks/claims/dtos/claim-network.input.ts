import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsUUID, MaxLength, MinLength } from 'class-validator';
import { UUID } from '../../../../common/ids.js';

@InputType()
export class ClaimNetworkInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be an id we gave out.' })
  networkId: string;

  @Field({ description: 'How you are connected to the network, so an admin can check.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MinLength(10, { message: 'Tell us in a sentence how you are connected to this network.' })
  @MaxLength(2000, { message: 'Use at most 2,000 characters.' })
  message: string;
}
