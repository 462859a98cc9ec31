import type { AnswerFeedbackInput, FeedbackFormFieldsFragment, FeedbackScale, FeedbackStage } from '../../../gql/graphql';

export const SCALES: FeedbackScale[] = ['NETWORKING', 'KNOWLEDGE', 'CONFIDENCE', 'TRUST', 'SUPPORT'];

const FIELD = {
  NETWORKING: 'networking',
  KNOWLEDGE: 'knowledge',
  CONFIDENCE: 'confidence',
  TRUST: 'trust',
  SUPPORT: 'support',
} as const satisfies Record<FeedbackScale, string>;

/** What the form holds while the person fills it in: each choice as the radio's value ('' for none). */
export interface AnswerValues {
  scales: Record<FeedbackScale, string>;
  newPeopleMet: string;
  comment: string;
  /** Question id → '1'…'5' for a scale question, or the text written. */
  own: Record<string, string>;
}

/** The form filled in with the person's own earlier answer, or empty. */
export function initialValues(myAnswer: FeedbackFormFieldsFragment['myAnswer']): AnswerValues {
  const scales = Object.fromEntries(SCALES.map((s) => [s, myAnswer?.[FIELD[s]]?.toString() ?? ''])) as Record<FeedbackScale, string>;
  const own = Object.fromEntries((myAnswer?.answers ?? []).map((a) => [a.questionId, a.scale?.toString() ?? a.text ?? '']));
  return { scales, newPeopleMet: myAnswer?.newPeopleMet?.toString() ?? '', comment: myAnswer?.comment ?? '', own };
}

const numberOrNull = (value: string): number | null => (value.trim() === '' ? null : Number(value));

/**
 * The mutation's input: unanswered questions as null (or left out), the conveners' questions only when
 * answered, and for a before form the five scales and the free text only.
 */
export function toAnswerInput(
  gatheringId: string,
  stage: FeedbackStage,
  questions: FeedbackFormFieldsFragment['questions'],
  values: AnswerValues,
): AnswerFeedbackInput {
  const input: AnswerFeedbackInput = { gatheringId, stage, comment: values.comment.trim() };
  for (const scale of SCALES) input[FIELD[scale]] = numberOrNull(values.scales[scale]);
  if (stage === 'BEFORE') return input;
  input.newPeopleMet = numberOrNull(values.newPeopleMet);
  input.answers = questions
    .filter((q) => (values.own[q.id] ?? '').trim() !== '')
    .map((q) =>
      q.kind === 'SCALE' ? { questionId: q.id, scale: Number(values.own[q.id]) } : { questionId: q.id, text: values.own[q.id].trim() },
    );
  return input;
}
