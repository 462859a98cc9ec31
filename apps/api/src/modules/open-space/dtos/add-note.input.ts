import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsUUID, MaxLength, MinLength } from 'class-validator';
import { trim } from './trim.js';
import { UUID } from '../../../common/ids.js';

@InputType()
export class AddNoteInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a session.' })
  sessionId: string;

  @Field()
  @Transform(trim)
  @MinLength(1, { message: 'Write something first.' })
  @MaxLength(5000, { message: 'Use at most 5,000 characters; add another note for more.' })
  text: string;
}
