import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsDate, IsEnum, MaxLength, MinLength } from 'class-validator';
import { GatheringFormat } from '../gathering.enums.js';
import { GatheringFieldsInput, IsTimeZone } from './gathering-fields.js';

/** What every new gathering needs: a title, a format, and when (in which zone). */
@InputType({ isAbstract: true })
export class NewGatheringInput extends GatheringFieldsInput {
  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MinLength(3, { message: 'Give the gathering a title of at least 3 characters.' })
  @MaxLength(150, { message: 'Use at most 150 characters.' })
  title: string;

  @Field(() => GatheringFormat)
  @IsEnum(GatheringFormat)
  format: GatheringFormat;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate({ message: 'Enter a date and time.' })
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate({ message: 'Enter a date and time.' })
  endsAt: Date;

  @Field({ description: 'IANA time zone where it happens, e.g. Europe/London.' })
  @IsTimeZone({ message: 'Choose a time zone such as Europe/London.' })
  timeZone: string;
}
