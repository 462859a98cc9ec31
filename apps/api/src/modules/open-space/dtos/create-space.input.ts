import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { SpaceTag } from '../open-space.enums.js';
import { trim } from './trim.js';
import { UUID } from '../../../common/ids.js';

@InputType({ description: 'A breakout space: a room, a corner, or an online call.' })
export class CreateSpaceInput {
  @Field(() => UUID)
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
    description:
      'For an online space: the room name on the video-call server (letters, digits, - and _). Left out, an online space gets a name nobody can guess.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{3,64}$/, { message: 'Use 3 to 64 letters, digits, - or _.' })
  videoRoom?: string | null;
}
