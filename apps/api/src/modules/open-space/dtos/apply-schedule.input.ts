import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsUUID, ValidateNested } from 'class-validator';
import { PlaceSessionInput } from './place-session.input.js';
import { UUID } from '../../../common/ids.js';

@InputType({ description: 'Places several sessions at once, all or nothing (e.g. a reviewed suggestion).' })
export class ApplyScheduleInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => [PlaceSessionInput])
  @ArrayMaxSize(500, { message: 'Place at most 500 sessions at once.' })
  @ValidateNested({ each: true })
  @Type(() => PlaceSessionInput)
  placements: PlaceSessionInput[];
}
