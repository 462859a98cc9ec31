import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { SpaceTag } from '../open-space.enums.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType({ description: 'A breakout space: a room, a corner, or an online call.' })
export class CreateSpaceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field()
  @Transform(trim)
  @MinLength(1, { message: 'Give the space a name.' })
  @MaxLength(80, { message: 'Use at most 80 characters.' })
  name: string;

  @Field(() => Int, { description: 'How many people fit.' })
  @IsInt({ message: 'Enter a whole number.' })
  @Min(1, { message: 'A space holds at least 1 person.' })
  @Max(1000, { message: 'A space holds at most 1,000 people.' })
  capacity: number;

  @Field(() => [SpaceTag], { defaultValue: [] })
  @ArrayMaxSize(4)
  @IsEnum(SpaceTag, { each: true })
  tags: SpaceTag[] = [];

  @Field(() => String, {
    nullable: true,
    description: 'For an online space: the room name on the video-call server (letters, digits, - and _).',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{3,64}$/, { message: 'Use 3 to 64 letters, digits, - or _.' })
  videoRoom?: string | null;
}

@InputType()
export class UpdateSpaceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a space.' })
  spaceId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @MinLength(1, { message: 'Give the space a name.' })
  @MaxLength(80, { message: 'Use at most 80 characters.' })
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Enter a whole number.' })
  @Min(1, { message: 'A space holds at least 1 person.' })
  @Max(1000, { message: 'A space holds at most 1,000 people.' })
  capacity?: number;

  @Field(() => [SpaceTag], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(SpaceTag, { each: true })
  tags?: SpaceTag[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{3,64}$/, { message: 'Use 3 to 64 letters, digits, - or _.' })
  videoRoom?: string | null;
}

@InputType({ description: 'A row of the agenda wall.' })
export class CreateTimeSlotInput {
  @Field(() => ID)
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
