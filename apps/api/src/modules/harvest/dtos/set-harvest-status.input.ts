import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsUUID, Min } from 'class-validator';
import { UUID } from '../../../common/ids.js';
import { HarvestStatus } from '../harvest.enums.js';

@InputType({ description: 'Publishes a harvest, or takes it back to draft to change it; name the version you read.' })
export class SetHarvestStatusInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => HarvestStatus)
  @IsEnum(HarvestStatus)
  status: HarvestStatus;

  @Field(() => Int, { description: 'The version you read (0 before the first save).' })
  @IsInt()
  @Min(0)
  expectedVersion: number;
}
