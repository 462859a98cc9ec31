import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsDate, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { trim } from './trim.js';
import { UUID } from '../../../common/ids.js';

@InputType({ description: 'A row of the agenda wall.' })
export class CreateTimeSlotInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate({ message: 'Enter a date and time.' })
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate({ message: 'Enter a date and time.' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'e.g. "Morning round".' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(80, { message: 'Use at most 80 characters.' })
  label?: string | null;
}
