import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class GatheringIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;
}
