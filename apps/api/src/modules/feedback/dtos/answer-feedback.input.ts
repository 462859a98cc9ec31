import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { UUID } from '../../../common/ids.js';
import { FeedbackStage } from '../feedback.enums.js';
import { FeedbackOwnAnswerInput } from './feedback-own-answer.input.js';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

@InputType({
  description: 'A participant’s answer to a gathering’s form; every question may be left out. Answering again changes the answer.',
})
export class AnswerFeedbackInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => FeedbackStage, { defaultValue: FeedbackStage.AFTER })
  @IsEnum(FeedbackStage)
  stage: FeedbackStage = FeedbackStage.AFTER;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Choose a number from 1 to 5.' })
  @Min(1, { message: 'Choose a number from 1 to 5.' })
  @Max(5, { message: 'Choose a number from 1 to 5.' })
  networking?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Choose a number from 1 to 5.' })
  @Min(1, { message: 'Choose a number from 1 to 5.' })
  @Max(5, { message: 'Choose a number from 1 to 5.' })
  knowledge?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Choose a number from 1 to 5.' })
  @Min(1, { message: 'Choose a number from 1 to 5.' })
  @Max(5, { message: 'Choose a number from 1 to 5.' })
  confidence?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Choose a number from 1 to 5.' })
  @Min(1, { message: 'Choose a number from 1 to 5.' })
  @Max(5, { message: 'Choose a number from 1 to 5.' })
  trust?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Choose a number from 1 to 5.' })
  @Min(1, { message: 'Choose a number from 1 to 5.' })
  @Max(5, { message: 'Choose a number from 1 to 5.' })
  support?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many new people they met (after forms only).' })
  @IsOptional()
  @IsInt({ message: 'Give a whole number.' })
  @Min(0, { message: 'Give a number from 0 to 1,000.' })
  @Max(1000, { message: 'Give a number from 0 to 1,000.' })
  newPeopleMet?: number | null;

  @Field({ defaultValue: '' })
  @IsString()
  @Transform(trim)
  @MaxLength(4000, { message: 'Keep it to 4,000 characters.' })
  comment: string = '';

  @Field(() => [FeedbackOwnAnswerInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20, { message: 'Too many answers.' })
  @ValidateNested({ each: true })
  @Type(() => FeedbackOwnAnswerInput)
  answers: FeedbackOwnAnswerInput[] = [];
}
