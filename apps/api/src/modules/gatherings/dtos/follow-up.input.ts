import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsDate, IsEnum, IsUUID, MaxLength, MinLength } from 'class-validator';
import { GatheringFormat } from '../gathering.enums.js';
import { GatheringFieldsInput, IsTimeZone } from './gathering-fields.js';

@InputType({
  description:
    'A follow-up to a gathering: convened by the same networks, linked to it; when published, its participants are invited by email.',
})
export class CreateFollowUpInput extends GatheringFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  followUpOfId: string;

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

  @Field()
  @IsTimeZone({ message: 'Choose a time zone such as Europe/London.' })
  timeZone: string;
}
