import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { SpaceTag } from '../open-space.enums.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType({ description: 'A session you would like to host.' })
export class ProposeSessionInput {
  @Field(() => ID)
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

@InputType({ description: 'Puts a session on the wall at a cell (time slot × space), or moves it there.' })
export class PlaceSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a session.' })
  sessionId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a time slot.' })
  slotId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a space.' })
  spaceId: string;
}

@InputType({ description: 'Folds one session into another: its interest and its people move across.' })
export class MergeSessionsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a session.' })
  sessionId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a session.' })
  intoSessionId: string;
}

@InputType()
export class StarSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a session.' })
  sessionId: string;

  @Field({ description: 'True to mark your interest, false to take it back.' })
  @IsBoolean()
  starred: boolean;
}

@InputType({ description: 'Places several sessions at once, all or nothing (e.g. a reviewed suggestion).' })
export class ApplyScheduleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => [PlaceSessionInput])
  @ArrayMaxSize(500, { message: 'Place at most 500 sessions at once.' })
  @ValidateNested({ each: true })
  @Type(() => PlaceSessionInput)
  placements: PlaceSessionInput[];
}
