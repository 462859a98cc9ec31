import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { GatheringStatus } from '../gathering.enums.js';

@InputType({ description: 'Moves a gathering on: DRAFT → PUBLISHED → LIVE → CLOSED.' })
export class SetGatheringStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => GatheringStatus)
  @IsEnum(GatheringStatus)
  status: GatheringStatus;
}
