import type { MockLink } from '@apollo/client/testing';
import type { FeedbackFormFieldsFragment } from '../../../gql/graphql';
import { FeedbackFormQuery } from '../graphql/feedback-form.query';

/** A gathering's after-form as the API sends it (a participant's view unless overridden). */
export function aForm(overrides: Partial<FeedbackFormFieldsFragment> = {}): FeedbackFormFieldsFragment {
  return {
    __typename: 'FeedbackForm',
    gatheringId: 'gathering-1',
    gatheringTitle: 'Cardiff open space',
    gatheringSlug: 'cardiff-open-space',
    stage: 'AFTER',
    open: true,
    closesAt: '2027-06-01T09:00:00Z',
    asksBefore: false,
    viewerMayAnswer: true,
    viewerIsConvener: false,
    questionsLocked: false,
    questions: [{ __typename: 'FeedbackQuestion', id: 'q-1', kind: 'TEXT', prompt: 'What next?' }],
    myAnswer: null,
    ...overrides,
  } as FeedbackFormFieldsFragment;
}

export const formMock = (form: FeedbackFormFieldsFragment): MockLink.MockedResponse => ({
  request: { query: FeedbackFormQuery, variables: { gatheringId: 'gathering-1', stage: 'AFTER' } },
  result: { data: { feedbackForm: form } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
