import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsUUID, MaxLength, MinLength } from 'class-validator';
import { UUID } from '../../../../common/ids.js';

@InputType({ description: 'Holding the end in mind: a closed network stays readable, with its legacy.' })
export class CloseNetworkInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a network.' })
  networkId: string;

  @Field({ description: 'What the network achieved, what it leaves behind, and where its members went.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MinLength(20, { message: 'Write a closing note of at least 20 characters: what the network leaves behind and where its members went.' })
  @MaxLength(5000, { message: 'Use at most 5,000 characters.' })
  closingNote: string;
}
