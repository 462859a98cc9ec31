import { AppError, assertUnreachable, badUserInput, conflict, forbidden, notFound } from '../../common/errors/app-error.js';

export enum FeedbackError {
  NotParticipant = 'FeedbackNotParticipant',
  ConvenersOnly = 'FeedbackConvenersOnly',
  NotOpenYet = 'FeedbackNotOpenYet',
  Closed = 'FeedbackClosed',
  BeforeNotAsked = 'FeedbackBeforeNotAsked',
  QuestionsLocked = 'FeedbackQuestionsLocked',
  QuestionNotFound = 'FeedbackQuestionNotFound',
  TooManyQuestions = 'FeedbackTooManyQuestions',
  AnswerDoesNotFit = 'FeedbackAnswerDoesNotFit',
}

/** The error for a person, with `extensions.reason` naming the case for clients that word it themselves. */
export function feedbackError(error: FeedbackError, detail?: string): AppError {
  const appError = describe(error, detail);
  Object.assign(appError.extensions, { reason: error }, detail === undefined ? {} : { detail });
  return appError;
}

function describe(error: FeedbackError, detail?: string): AppError {
  switch (error) {
    case FeedbackError.NotParticipant:
      return forbidden('Only people who had a place at this gathering can answer its feedback form.');
    case FeedbackError.ConvenersOnly:
      return forbidden('Only the gathering’s conveners can do that.');
    case FeedbackError.NotOpenYet:
      return conflict('The feedback form opens when the gathering closes. You will be told when it does.');
    case FeedbackError.Closed:
      return conflict('This feedback form has closed, so answers can no longer be given or changed.');
    case FeedbackError.BeforeNotAsked:
      return conflict('The conveners have not asked for answers before this gathering.');
    case FeedbackError.QuestionsLocked:
      return conflict('People have started answering, so questions can no longer be changed or removed. You can still add a question.');
    case FeedbackError.QuestionNotFound:
      return notFound('question');
    case FeedbackError.TooManyQuestions:
      return badUserInput({ prompt: `Ask at most ${detail} questions of your own.` }, `Ask at most ${detail} questions of your own.`);
    case FeedbackError.AnswerDoesNotFit:
      return badUserInput(
        { answers: 'An answer does not fit its question (a scale takes 1 to 5). Reload the form and try again.' },
        'An answer does not fit its question. Reload the form and try again.',
      );
    default:
      return assertUnreachable(error);
  }
}
