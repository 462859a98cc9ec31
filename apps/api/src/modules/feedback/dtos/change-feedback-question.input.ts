import { Field, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';
import { FeedbackQuestionFields } from './feedback-question.fields.js';

@InputType({ description: 'Changes a question (refused once anyone has answered).' })
export class ChangeFeedbackQuestionInput extends FeedbackQuestionFields {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a question.' })
  questionId: string;
}
