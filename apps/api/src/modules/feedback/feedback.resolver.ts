import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { UUID } from '../../common/ids.js';
import { AddFeedbackQuestionInput } from './dtos/add-feedback-question.input.js';
import { AnswerFeedbackInput } from './dtos/answer-feedback.input.js';
import { ChangeFeedbackQuestionInput } from './dtos/change-feedback-question.input.js';
import { SetFeedbackBeforeInput } from './dtos/set-feedback-before.input.js';
import { FeedbackStage } from './feedback.enums.js';
import { FeedbackResultsService } from './feedback-results.service.js';
import { FeedbackService } from './feedback.service.js';
import { FeedbackFormModel } from './models/feedback-form.model.js';
import { FeedbackResultsModel } from './models/feedback-results.model.js';

@Resolver(() => FeedbackFormModel)
export class FeedbackResolver {
  constructor(
    private readonly feedback: FeedbackService,
    private readonly results: FeedbackResultsService,
  ) {}

  @SignedIn()
  @Query(() => FeedbackFormModel, {
    description:
      'A gathering’s feedback form (after it, or before it for a series), with the viewer’s own answer: for people who had a place, and its conveners.',
  })
  feedbackForm(
    @Args('gatheringId', { type: () => UUID }) gatheringId: string,
    @Args('stage', { type: () => FeedbackStage, defaultValue: FeedbackStage.AFTER }) stage: FeedbackStage,
    @CurrentViewer() viewer: Viewer,
  ): Promise<FeedbackFormModel> {
    return this.feedback.form(gatheringId, stage, viewer);
  }

  @SignedIn()
  @Query(() => FeedbackResultsModel, { description: 'What a form’s answers say, without names, for the gathering’s conveners.' })
  feedbackResults(
    @Args('gatheringId', { type: () => UUID }) gatheringId: string,
    @Args('stage', { type: () => FeedbackStage, defaultValue: FeedbackStage.AFTER }) stage: FeedbackStage,
    @CurrentViewer() viewer: Viewer,
  ): Promise<FeedbackResultsModel> {
    return this.results.results(gatheringId, stage, viewer);
  }

  @SignedIn()
  @Mutation(() => FeedbackFormModel, { description: 'A participant gives, or changes, their answer to a form while it is open.' })
  answerFeedback(@Args('input') input: AnswerFeedbackInput, @CurrentViewer() viewer: Viewer): Promise<FeedbackFormModel> {
    return this.feedback.answer(input, viewer);
  }

  @SignedIn()
  @Mutation(() => FeedbackFormModel, { description: 'Conveners add a question of their own (at most ten).' })
  addFeedbackQuestion(@Args('input') input: AddFeedbackQuestionInput, @CurrentViewer() viewer: Viewer): Promise<FeedbackFormModel> {
    return this.feedback.addQuestion(input, viewer);
  }

  @SignedIn()
  @Mutation(() => FeedbackFormModel, { description: 'Conveners change a question of their own, until the first answer arrives.' })
  changeFeedbackQuestion(@Args('input') input: ChangeFeedbackQuestionInput, @CurrentViewer() viewer: Viewer): Promise<FeedbackFormModel> {
    return this.feedback.changeQuestion(input, viewer);
  }

  @SignedIn()
  @Mutation(() => FeedbackFormModel, { description: 'Conveners remove a question of their own, until the first answer arrives.' })
  removeFeedbackQuestion(
    @Args('questionId', { type: () => UUID }) questionId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<FeedbackFormModel> {
    return this.feedback.removeQuestion(questionId, viewer);
  }

  @SignedIn()
  @Mutation(() => FeedbackFormModel, { description: 'Conveners choose whether participants are asked before the gathering starts.' })
  setFeedbackBefore(@Args('input') input: SetFeedbackBeforeInput, @CurrentViewer() viewer: Viewer): Promise<FeedbackFormModel> {
    return this.feedback.setAsksBefore(input, viewer);
  }
}
