import { applyDecorators } from '@nestjs/common';
import { Field, Float, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LifecycleStage, NetworkScope, NetworkVisibility, Sector } from '../network.enums.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class AreaInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @MaxLength(120, { message: 'Use at most 120 characters.' })
  placeName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @MaxLength(120, { message: 'Use at most 120 characters.' })
  region?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: 'Latitude must be a number.' })
  @Min(-90, { message: 'Latitude is between -90 and 90.' })
  @Max(90, { message: 'Latitude is between -90 and 90.' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: 'Longitude must be a number.' })
  @Min(-180, { message: 'Longitude is between -180 and 180.' })
  @Max(180, { message: 'Longitude is between -180 and 180.' })
  longitude?: number | null;
}

/** Fields a facilitator can set when registering and change later. */
@InputType({ isAbstract: true })
export class NetworkFieldsInput {
  @Field({ nullable: true, description: '"The work": what the network is for.' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(2000, { message: 'Use at most 2,000 characters.' })
  purpose?: string;

  @Field({ nullable: true, description: '"The soul": what it values and how it works.' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(2000, { message: 'Use at most 2,000 characters.' })
  values?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @MaxLength(5000, { message: 'Use at most 5,000 characters.' })
  description?: string;

  @Field(() => [String], { nullable: true, description: 'Free tags; stored lower case, without repeats. At most 20.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'Use at most 20 themes.' })
  @IsString({ each: true })
  @MaxLength(40, { each: true, message: 'Keep each theme under 40 characters.' })
  themes?: string[];

  @Field(() => [Sector], { nullable: true })
  @IsOptional()
  @IsEnum(Sector, { each: true })
  sectors?: Sector[];

  @Field(() => AreaInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AreaInput)
  area?: AreaInput;

  @Field(() => NetworkScope, { nullable: true })
  @IsOptional()
  @IsEnum(NetworkScope)
  scope?: NetworkScope;

  @Field(() => LifecycleStage, { nullable: true, description: 'FORMING by default. Closing a network uses closeNetwork.' })
  @IsOptional()
  @IsEnum(LifecycleStage)
  lifecycleStage?: LifecycleStage;

  @Field(() => NetworkVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(NetworkVisibility)
  visibility?: NetworkVisibility;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'Enter a web address starting with https://' })
  @MaxLength(300)
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'How to get in touch: an email address, phone number or a name.' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(300, { message: 'Use at most 300 characters.' })
  contact?: string | null;
}

/** The rules for a network's name, shared by register and update. */
export const NetworkNameRules = () =>
  applyDecorators(
    Transform(trim),
    MinLength(2, { message: 'Give the network a name of at least 2 characters.' }),
    MaxLength(120, { message: 'Use at most 120 characters.' }),
  );
