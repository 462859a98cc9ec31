import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { RegisterNetworkInput } from './register-network.input.js';

const ID_MESSAGE = { message: 'This must be an id we gave out.' };

@InputType({
  description: 'Lists a network that is not on Weave yet. You keep the listing (as its facilitator) until its own people claim it.',
})
export class ListNetworkInput extends RegisterNetworkInput {
  @Field(() => ID, { nullable: true, description: 'Also make it a member of this network, which you facilitate.' })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  memberOfNetworkId?: string;
}

@InputType()
export class ClaimNetworkInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  networkId: string;

  @Field({ description: 'How you are connected to the network, so an admin can check.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MinLength(10, { message: 'Tell us in a sentence how you are connected to this network.' })
  @MaxLength(2000, { message: 'Use at most 2,000 characters.' })
  message: string;
}

@InputType()
export class DecideNetworkClaimInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  claimId: string;

  @Field()
  @IsBoolean()
  approve: boolean;
}
