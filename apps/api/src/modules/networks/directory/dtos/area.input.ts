import { Field, Float, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsNumber, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Region } from '../../network.enums.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class AreaInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @MaxLength(120, { message: 'Use at most 120 characters.' })
  placeName?: string | null;

  @Field(() => Region, { nullable: true, description: 'A UK nation or English region; the local place goes in placeName.' })
  @IsOptional()
  @IsEnum(Region)
  region?: Region | null;

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
