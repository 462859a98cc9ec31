import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsUUID, MaxLength, MinLength } from 'class-validator';
import { GatheringTimesInput } from './gathering-fields.js';
import { UUID } from '../../../common/ids.js';
import { Omittable } from '../../../common/errors/validation.pipe.js';

@InputType({ description: 'Only the fields given change. Changing the time or place tells everyone registered.' })
export class UpdateGatheringInput extends GatheringTimesInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field({ nullable: true })
  @Omittable()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MinLength(3, { message: 'Give the gathering a title of at least 3 characters.' })
  @MaxLength(150, { message: 'Use at most 150 characters.' })
  title?: string;
}
