import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum } from 'class-validator';
import { Reaction } from '../conversation.enums.js';
import { PostIdInput } from './post-id.input.js';

@InputType({ description: 'Gives a reaction to a post, or takes it back.' })
export class ReactInput extends PostIdInput {
  @Field(() => Reaction)
  @IsEnum(Reaction)
  reaction: Reaction;

  @Field({ description: 'True to give it, false to take it back.' })
  @IsBoolean()
  on: boolean;
}
