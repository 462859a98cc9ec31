import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { UUID } from '../../../common/ids.js';
import { trim } from '../../open-space/dtos/trim.js';

export const MAX_POST_LENGTH = 10_000;

/** The words of a post and whom it mentions (ids chosen from a picker: the words are never parsed for names). */
@InputType({ isAbstract: true })
export class PostFields {
  @Field({ description: `The words, 1 to ${MAX_POST_LENGTH.toLocaleString('en-GB')} characters.` })
  @Transform(trim)
  @MinLength(1, { message: 'Write something first.' })
  @MaxLength(MAX_POST_LENGTH, { message: 'Use at most 10,000 characters; add a reply for more.' })
  body: string;

  @Field(() => [UUID], { nullable: true, description: 'People mentioned (at most 20).' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Mention at most 20 people in one post.' })
  @IsUUID('all', { each: true, message: 'Choose people from the list.' })
  mentionedPersonIds?: string[] | null;

  @Field(() => [UUID], { nullable: true, description: 'Networks mentioned (at most 10); their facilitators are told.' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'Mention at most 10 networks in one post.' })
  @IsUUID('all', { each: true, message: 'Choose networks from the list.' })
  mentionedNetworkIds?: string[] | null;
}
