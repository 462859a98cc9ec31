import { Field, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../../common/ids.js';

@ObjectType('FeedbackTextAnswers', {
  description: 'What people wrote to one question, without names, in an order that says nothing of who or when.',
})
export class FeedbackTextAnswersModel {
  @Field(() => UUID, { nullable: true, description: 'The convener’s own question; null for the free text at the end of the form.' })
  questionId: string | null;

  @Field(() => String, { nullable: true })
  prompt: string | null;

  @Field(() => [String])
  texts: string[];
}
