import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { FeedbackQuestionKind } from '../feedback.enums.js';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/** A question of the conveners’ own: its kind and wording (the fields of adding and changing one). */
@InputType({ isAbstract: true })
export class FeedbackQuestionFields {
  @Field(() => FeedbackQuestionKind)
  @IsEnum(FeedbackQuestionKind)
  kind: FeedbackQuestionKind;

  @Field()
  @IsString()
  @Transform(trim)
  @MinLength(1, { message: 'Write the question.' })
  @MaxLength(300, { message: 'Keep a question to 300 characters.' })
  prompt: string;
}
