import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../../common/ids.js';
import { FeedbackStage } from '../feedback.enums.js';
import { FeedbackScaleResultModel } from './feedback-scale-result.model.js';
import { FeedbackSeriesChangeModel } from './feedback-series-change.model.js';
import { FeedbackTextAnswersModel } from './feedback-text-answers.model.js';

@ObjectType('FeedbackResults', {
  description:
    'A form’s answers for its conveners, never who gave them. With fewer than five answers nothing but that is said (`enoughAnswers` false).',
})
export class FeedbackResultsModel {
  @Field(() => UUID)
  gatheringId: string;

  @Field()
  gatheringTitle: string;

  @Field()
  gatheringSlug: string;

  @Field(() => FeedbackStage)
  stage: FeedbackStage;

  @Field(() => Int, { description: 'Figures about fewer people than this are not shown.' })
  fewestShown: number;

  @Field({ description: 'At least `fewestShown` people answered, so figures are shown.' })
  enoughAnswers: boolean;

  @Field(() => Int, { description: 'People with a place at the gathering (registered, or marked attended).' })
  participants: number;

  @Field(() => Int, { nullable: true })
  answered: number | null;

  @Field(() => Float, { nullable: true, description: 'answered ÷ participants, 0 to 1.' })
  responseRate: number | null;

  @Field(() => [FeedbackScaleResultModel], { description: 'The five scales, then the conveners’ own scale questions.' })
  scales: FeedbackScaleResultModel[];

  @Field(() => Int, { nullable: true, description: 'How many said how many new people they met (null: fewer than five).' })
  newPeopleAnswered: number | null;

  @Field(() => Int, { nullable: true, description: 'New people met, added up over those who said.' })
  newPeopleTotal: number | null;

  @Field(() => Float, { nullable: true })
  newPeopleMean: number | null;

  @Field(() => [FeedbackTextAnswersModel], { description: 'The free text, then each of the conveners’ own text questions.' })
  texts: FeedbackTextAnswersModel[];

  @Field(() => FeedbackSeriesChangeModel, {
    nullable: true,
    description: 'For an after form, change since the before form at the start of its series (when one was asked).',
  })
  series: FeedbackSeriesChangeModel | null;
}
