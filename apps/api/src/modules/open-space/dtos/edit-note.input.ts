import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { trim } from './trim.js';
import { UUID } from '../../../common/ids.js';

@InputType({ description: 'Changes a note; name the version you edited, so nobody else’s words are lost.' })
export class EditNoteInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a note.' })
  noteId: string;

  @Field()
  @Transform(trim)
  @MinLength(1, { message: 'Write something first.' })
  @MaxLength(5000, { message: 'Use at most 5,000 characters; add another note for more.' })
  text: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
