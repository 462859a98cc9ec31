import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class SessionIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a session.' })
  sessionId: string;
}

@InputType()
export class SpaceIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a space.' })
  spaceId: string;
}

@InputType()
export class TimeSlotIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a time slot.' })
  slotId: string;
}
