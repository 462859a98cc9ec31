import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { trim } from '../../open-space/dtos/trim.js';
import { ArrayMaxSize, IsArray, IsEnum, IsISO8601, IsString, MaxLength, MinLength } from 'class-validator';
import { AskOfferKind } from '../asks-offers.enums.js';

/** What a poster writes about an ask or offer (posting, and editing it). */
@InputType()
export class AskOfferFieldsInput {
  @Field(() => AskOfferKind)
  @IsEnum(AskOfferKind, { message: 'Choose skills, space, equipment, time or other.' })
  kind: AskOfferKind;

  @Field({ description: 'In a few words, e.g. "a minibus on Tuesdays".' })
  @Transform(trim)
  @MinLength(3, { message: 'Say what it is in at least 3 characters.' })
  @MaxLength(140, { message: 'Use at most 140 characters.' })
  title: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(4000, { message: 'Use at most 4,000 characters.' })
  description: string;

  @Field(() => [String], { defaultValue: [], description: 'Themes, as networks have them (free tags, stored lower case). At most 10.' })
  @IsArray()
  @ArrayMaxSize(10, { message: 'Use at most 10 themes.' })
  @IsString({ each: true })
  @MaxLength(40, { each: true, message: 'Keep each theme under 40 characters.' })
  themes: string[];

  @Field({ defaultValue: '', description: 'Where, in words: a town, a valley, "online".' })
  @Transform(trim)
  @MaxLength(120, { message: 'Use at most 120 characters.' })
  area: string;

  @Field({ description: 'The last day it stands, YYYY-MM-DD: after it, it expires and never matches.' })
  @IsISO8601({ strict: true }, { message: 'Enter a date such as 2027-03-01.' })
  endsOn: string;
}
