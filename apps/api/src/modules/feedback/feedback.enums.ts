import { registerEnumType } from '@nestjs/graphql';

/** Which form: before a gathering (the start of a series) or after it closes. */
export enum FeedbackStage {
  BEFORE = 'before',
  AFTER = 'after',
}
registerEnumType(FeedbackStage, {
  name: 'FeedbackStage',
  description: 'BEFORE: asked before the gathering starts (the start of a workshop series); AFTER: asked when it closes.',
});

/** A convener's own question: a few words of text, or a 1–5 scale. */
export enum FeedbackQuestionKind {
  TEXT = 'text',
  SCALE = 'scale',
}
registerEnumType(FeedbackQuestionKind, { name: 'FeedbackQuestionKind', description: 'TEXT: a short written answer; SCALE: 1 to 5.' });

/** The five scales community-networking evaluations use, asked in every form (the columns of feedback_responses). */
export enum FeedbackScale {
  NETWORKING = 'networking',
  KNOWLEDGE = 'knowledge',
  CONFIDENCE = 'confidence',
  TRUST = 'trust',
  SUPPORT = 'support',
}
registerEnumType(FeedbackScale, {
  name: 'FeedbackScale',
  description:
    'NETWORKING: knowing people to work with; KNOWLEDGE: of the area; CONFIDENCE: to take part; TRUST: to discuss hard issues; SUPPORT: for local projects.',
});

export const SCALES = Object.values(FeedbackScale);

/** Figures about fewer people than this are not shown (issue 13: never a misleading zero). */
export const FEWEST_SHOWN = 5;

/** How long the after form stays open once the gathering has closed; answers can be changed until then. */
export const AFTER_FORM_DAYS = 30;

/** At most this many questions of the conveners' own per gathering. */
export const MAX_OWN_QUESTIONS = 10;
