import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';

@InputType()
export class StarSessionInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a session.' })
  sessionId: string;

  @Field({ description: 'True to mark your interest, false to take it back.' })
  @IsBoolean()
  starred: boolean;
}
