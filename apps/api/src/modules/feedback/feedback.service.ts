import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import type { Executor } from '../../database/database.js';
import { GatheringStatus } from '../gatherings/gathering.enums.js';
import { GatheringsService, type Gathering } from '../gatherings/gatherings.service.js';
import type { AddFeedbackQuestionInput } from './dtos/add-feedback-question.input.js';
import type { AnswerFeedbackInput } from './dtos/answer-feedback.input.js';
import type { ChangeFeedbackQuestionInput } from './dtos/change-feedback-question.input.js';
import type { SetFeedbackBeforeInput } from './dtos/set-feedback-before.input.js';
import { FeedbackQuestionKind, FeedbackStage, MAX_OWN_QUESTIONS } from './feedback.enums.js';
import { FeedbackError, feedbackError } from './feedback.errors.js';
import {
  FeedbackRepository,
  type FeedbackQuestionRow,
  type FeedbackResponseRow,
  type FeedbackResponseValues,
} from './feedback.repository.js';
import { feedbackWindow } from './feedback-window.js';
import type { FeedbackAnswerModel } from './models/feedback-answer.model.js';
import type { FeedbackFormModel } from './models/feedback-form.model.js';

/**
 * A gathering's feedback forms: participants (people who had a place) answer once each, and may change
 * their answer while the form is open; conveners add questions of their own, and may change or remove
 * them until the first answer arrives. Nobody but the person who gave an answer ever sees it as theirs.
 */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly repository: FeedbackRepository,
    private readonly gatherings: GatheringsService,
  ) {}

  /** The form as the viewer sees it: FORBIDDEN unless they had a place or convene, NOT_FOUND for a gathering they cannot see. */
  async form(gatheringId: string, stage: FeedbackStage, viewer: Viewer): Promise<FeedbackFormModel> {
    const gathering = await this.gatherings.findVisible({ id: gatheringId }, viewer);
    const access = await this.repository.access(gathering.id, viewer.personId);
    if (!access.participant && !access.convener) throw feedbackError(FeedbackError.NotParticipant);
    const [questions, mine] = await Promise.all([
      this.repository.questions(gathering.id),
      access.participant ? this.repository.mine(gathering.id, stage, viewer.personId) : undefined,
    ]);
    const window = feedbackWindow(gathering, access.form, stage);
    return {
      gatheringId: gathering.id,
      gatheringTitle: gathering.title,
      gatheringSlug: gathering.slug,
      stage,
      open: window.open,
      closesAt: window.closesAt,
      asksBefore: access.form?.asksBefore ?? false,
      questions: stage === FeedbackStage.AFTER ? questions : [],
      viewerMayAnswer: access.participant,
      viewerIsConvener: access.convener,
      questionsLocked: access.answered,
      myAnswer: mine ? answerModel(mine) : null,
    };
  }

  /** Gives or changes the viewer's answer (one per person per form, even when sent twice at once). */
  async answer(input: AnswerFeedbackInput, viewer: Viewer): Promise<FeedbackFormModel> {
    const gathering = await this.gatherings.findVisible({ id: input.gatheringId }, viewer);
    const { participant } = await this.repository.access(gathering.id, viewer.personId);
    if (!participant) throw feedbackError(FeedbackError.NotParticipant);
    await this.repository.transaction(async (trx) => {
      const form = await this.lock(trx, gathering, input.stage === FeedbackStage.AFTER);
      const window = feedbackWindow(gathering, form, input.stage);
      if (window.refusal) throw feedbackError(window.refusal);
      const questions = input.stage === FeedbackStage.AFTER ? await this.repository.questions(gathering.id, trx) : [];
      await this.repository.saveAnswer(trx, gathering.id, input.stage, viewer.personId, answerValues(input, questions));
    });
    return this.form(gathering.id, input.stage, viewer);
  }

  async addQuestion(input: AddFeedbackQuestionInput, viewer: Viewer): Promise<FeedbackFormModel> {
    const gathering = await this.convenerGathering(input.gatheringId, viewer);
    await this.repository.transaction(async (trx) => {
      await this.lock(trx, gathering);
      if ((await this.repository.countQuestions(trx, gathering.id)) >= MAX_OWN_QUESTIONS)
        throw feedbackError(FeedbackError.TooManyQuestions, String(MAX_OWN_QUESTIONS));
      await this.repository.addQuestion(trx, gathering.id, input.kind, input.prompt);
    });
    return this.form(gathering.id, FeedbackStage.AFTER, viewer);
  }

  /** Changes a question; CONFLICT once anyone has answered (their answer was to the question as it stood). */
  async changeQuestion(input: ChangeFeedbackQuestionInput, viewer: Viewer): Promise<FeedbackFormModel> {
    return this.whileUnanswered(input.questionId, viewer, (trx, id) => this.repository.changeQuestion(trx, id, input.kind, input.prompt));
  }

  /** Removes a question; CONFLICT once anyone has answered. */
  async removeQuestion(questionId: string, viewer: Viewer): Promise<FeedbackFormModel> {
    return this.whileUnanswered(questionId, viewer, (trx, id) => this.repository.removeQuestion(trx, id));
  }

  async setAsksBefore(input: SetFeedbackBeforeInput, viewer: Viewer): Promise<FeedbackFormModel> {
    const gathering = await this.convenerGathering(input.gatheringId, viewer);
    await this.repository.transaction(async (trx) => {
      await this.lock(trx, gathering);
      await this.repository.setAsksBefore(trx, gathering.id, input.asksBefore);
    });
    return this.form(gathering.id, FeedbackStage.BEFORE, viewer);
  }

  /** The gathering, if the viewer convenes it: NOT_FOUND if they cannot see it, FORBIDDEN if they can but do not convene. */
  async convenerGathering(gatheringId: string, viewer: Viewer): Promise<Gathering> {
    const gathering = await this.gatherings.findVisible({ id: gatheringId }, viewer);
    const { convener } = await this.repository.access(gathering.id, viewer.personId);
    if (!convener) throw feedbackError(FeedbackError.ConvenersOnly);
    return gathering;
  }

  private async whileUnanswered(
    questionId: string,
    viewer: Viewer,
    change: (trx: Executor, questionId: string) => Promise<void>,
  ): Promise<FeedbackFormModel> {
    const question = await this.repository.question(questionId);
    if (!question) throw feedbackError(FeedbackError.QuestionNotFound);
    const gathering = await this.convenerGathering(question.gatheringId, viewer);
    await this.repository.transaction(async (trx) => {
      await this.lock(trx, gathering);
      // Under the form's lock no answer can arrive meanwhile.
      if ((await this.repository.access(gathering.id, viewer.personId, trx)).answered) throw feedbackError(FeedbackError.QuestionsLocked);
      await change(trx, question.id);
    });
    return this.form(gathering.id, FeedbackStage.AFTER, viewer);
  }

  /** The form's row, locked: answers and question changes take turns. An after answer to a closed gathering opens its window. */
  private lock(trx: Executor, gathering: Gathering, answeringAfter = false) {
    return this.repository.lockForm(trx, gathering.id, answeringAfter && gathering.status === GatheringStatus.CLOSED ? new Date() : null);
  }
}

/** What the input says, checked against the questions asked: BAD_USER_INPUT for an answer that fits none. */
function answerValues(input: AnswerFeedbackInput, questions: FeedbackQuestionRow[]): FeedbackResponseValues {
  const before = input.stage === FeedbackStage.BEFORE;
  if (before && (input.newPeopleMet != null || input.answers.length > 0)) throw feedbackError(FeedbackError.AnswerDoesNotFit);
  const kinds = new Map(questions.map((q) => [q.id, q.kind]));
  const answers: Record<string, number | string> = {};
  for (const { questionId, scale, text } of input.answers) {
    const kind = kinds.get(questionId.toLowerCase());
    if (kind === FeedbackQuestionKind.SCALE && text == null) {
      if (scale != null) answers[questionId.toLowerCase()] = scale;
    } else if (kind === FeedbackQuestionKind.TEXT && scale == null) {
      if (text) answers[questionId.toLowerCase()] = text;
    } else throw feedbackError(FeedbackError.AnswerDoesNotFit);
  }
  return {
    networking: input.networking ?? null,
    knowledge: input.knowledge ?? null,
    confidence: input.confidence ?? null,
    trust: input.trust ?? null,
    support: input.support ?? null,
    newPeopleMet: before ? null : (input.newPeopleMet ?? null),
    comment: input.comment,
    answers,
  };
}

function answerModel(row: FeedbackResponseRow): FeedbackAnswerModel {
  return {
    networking: row.networking,
    knowledge: row.knowledge,
    confidence: row.confidence,
    trust: row.trust,
    support: row.support,
    newPeopleMet: row.newPeopleMet,
    comment: row.comment,
    answers: Object.entries(row.answers).map(([questionId, value]) => ({
      questionId,
      scale: typeof value === 'number' ? value : null,
      text: typeof value === 'string' ? value : null,
    })),
    updatedAt: row.updatedAt,
  };
}
