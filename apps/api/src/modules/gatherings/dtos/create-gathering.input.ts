import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsUUID, MaxLength, MinLength } from 'class-validator';
import { GatheringFormat } from '../gathering.enums.js';
import { GatheringFieldsInput, IsTimeZone } from './gathering-fields.js';

@InputType({ description: 'A new gathering, as a draft. You must be convener or facilitator of each convening network.' })
export class CreateGatheringInput extends GatheringFieldsInput {
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

  @Field(() => [ID], { description: 'The networks convening it (1 to 5).' })
  @ArrayMinSize(1, { message: 'Choose at least one convening network.' })
  @ArrayMaxSize(5, { message: 'Choose at most 5 convening networks.' })
  @IsUUID('all', { each: true, message: 'This must be the id of a network.' })
  convenedByNetworkIds: string[];
}
