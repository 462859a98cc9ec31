import { Field, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';

@InputType({ description: 'Folds one session into another: its interest and its people move across.' })
export class MergeSessionsInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a session.' })
  sessionId: string;

  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a session.' })
  intoSessionId: string;
}
