import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { UUID } from '../../../common/ids.js';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

@InputType({ description: 'An answer to one of the conveners’ own questions: `scale` for a scale question, `text` for a text one.' })
export class FeedbackOwnAnswerInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a question.' })
  questionId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Choose a number from 1 to 5.' })
  @Min(1, { message: 'Choose a number from 1 to 5.' })
  @Max(5, { message: 'Choose a number from 1 to 5.' })
  scale?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Transform(trim)
  @MaxLength(2000, { message: 'Keep an answer to 2,000 characters.' })
  text?: string | null;
}
