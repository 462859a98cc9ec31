import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { GatheringTimesInput } from './gathering-fields.js';

@InputType({ description: 'Only the fields given change. Changing the time or place tells everyone registered.' })
export class UpdateGatheringInput extends GatheringTimesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MinLength(3, { message: 'Give the gathering a title of at least 3 characters.' })
  @MaxLength(150, { message: 'Use at most 150 characters.' })
  title?: string;
}
