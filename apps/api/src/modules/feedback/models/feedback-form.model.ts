import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../../common/ids.js';
import { FeedbackStage } from '../feedback.enums.js';
import { FeedbackAnswerModel } from './feedback-answer.model.js';
import { FeedbackQuestionModel } from './feedback-question.model.js';

@ObjectType('FeedbackForm', { description: 'A gathering’s feedback form (before or after), as its participant or convener sees it.' })
export class FeedbackFormModel {
  @Field(() => UUID)
  gatheringId: string;

  @Field()
  gatheringTitle: string;

  @Field()
  gatheringSlug: string;

  @Field(() => FeedbackStage)
  stage: FeedbackStage;

  @Field({ description: 'Answers can be given or changed now.' })
  open: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until when answers can be given or changed (null: not known yet).' })
  closesAt: Date | null;

  @Field({ description: 'The conveners ask participants before the gathering starts (the start of a workshop series).' })
  asksBefore: boolean;

  @Field(() => [FeedbackQuestionModel], { description: 'The conveners’ own questions, after the five scales.' })
  questions: FeedbackQuestionModel[];

  @Field({ description: 'The viewer had a place at the gathering, so may answer (when it is open).' })
  viewerMayAnswer: boolean;

  @Field()
  viewerIsConvener: boolean;

  @Field({ description: 'Someone has answered, so questions can be added but no longer changed or removed.' })
  questionsLocked: boolean;

  @Field(() => FeedbackAnswerModel, { nullable: true, description: 'The viewer’s own answer, if they gave one.' })
  myAnswer: FeedbackAnswerModel | null;
}
