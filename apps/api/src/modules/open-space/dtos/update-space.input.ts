import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { SpaceTag } from '../open-space.enums.js';
import { trim } from './trim.js';
import { UUID } from '../../../common/ids.js';
import { Omittable } from '../../../common/errors/validation.pipe.js';

@InputType()
export class UpdateSpaceInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a space.' })
  spaceId: string;

  @Field(() => String, { nullable: true })
  @Omittable()
  @Transform(trim)
  @MinLength(1, { message: 'Give the space a name.' })
  @MaxLength(80, { message: 'Use at most 80 characters.' })
  name?: string;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IsInt({ message: 'Enter a whole number.' })
  @Min(1, { message: 'A space holds at least 1 person.' })
  @Max(1000, { message: 'A space holds at most 1,000 people.' })
  capacity?: number;

  @Field(() => [SpaceTag], { nullable: true })
  @Omittable()
  @ArrayMaxSize(4)
  @IsEnum(SpaceTag, { each: true })
  tags?: SpaceTag[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{3,64}$/, { message: 'Use 3 to 64 letters, digits, - or _.' })
  videoRoom?: string | null;
}
