import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsUUID, MaxLength, MinLength } from 'class-validator';
import { SpaceTag } from '../open-space.enums.js';
import { trim } from './trim.js';
import { UUID } from '../../../common/ids.js';

@InputType({ description: 'A session you would like to host.' })
export class ProposeSessionInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field()
  @Transform(trim)
  @MinLength(3, { message: 'Give the session a title of at least 3 characters.' })
  @MaxLength(120, { message: 'Use at most 120 characters.' })
  title: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(2000, { message: 'Use at most 2,000 characters.' })
  description: string = '';

  @Field(() => [SpaceTag], { defaultValue: [], description: 'What the session needs from its space, e.g. STEP_FREE or CAPTIONED.' })
  @ArrayMaxSize(4)
  @IsEnum(SpaceTag, { each: true })
  needs: SpaceTag[] = [];
}
