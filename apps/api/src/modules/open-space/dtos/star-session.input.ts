import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';

@InputType()
export class StarSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a session.' })
  sessionId: string;

  @Field({ description: 'True to mark your interest, false to take it back.' })
  @IsBoolean()
  starred: boolean;
}
