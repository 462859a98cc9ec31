import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'Folds one session into another: its interest and its people move across.' })
export class MergeSessionsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a session.' })
  sessionId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a session.' })
  intoSessionId: string;
}
