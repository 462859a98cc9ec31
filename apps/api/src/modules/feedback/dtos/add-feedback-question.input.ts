import { Field, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';
import { FeedbackQuestionFields } from './feedback-question.fields.js';

@InputType({ description: 'Adds a question to a gathering’s forms (allowed even after people have answered).' })
export class AddFeedbackQuestionInput extends FeedbackQuestionFields {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;
}
