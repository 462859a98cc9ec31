import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { MaxLength, MinLength } from 'class-validator';
import { trim } from '../../open-space/dtos/trim.js';
import { PostIdInput } from './post-id.input.js';

@InputType({ description: 'Hides a post from everyone but moderators, with a reason everyone sees.' })
export class HidePostInput extends PostIdInput {
  @Field({ description: 'Why, 1 to 500 characters (shown in its place).' })
  @Transform(trim)
  @MinLength(1, { message: 'Say why the post is hidden.' })
  @MaxLength(500, { message: 'Use at most 500 characters.' })
  reason: string;
}
