import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { GatheringStatus } from '../gathering.enums.js';
import { UUID } from '../../../common/ids.js';

@InputType({ description: 'Moves a gathering on: DRAFT → PUBLISHED → LIVE → CLOSED.' })
export class SetGatheringStatusInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => GatheringStatus)
  @IsEnum(GatheringStatus)
  status: GatheringStatus;
}
