import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class TimeSlotIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a time slot.' })
  slotId: string;
}
