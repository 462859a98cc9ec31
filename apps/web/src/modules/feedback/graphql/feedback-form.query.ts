import { graphql } from '../../../gql';

export const FeedbackFormQuery = graphql(`
  query FeedbackForm($gatheringId: UUID!, $stage: FeedbackStage!) {
    feedbackForm(gatheringId: $gatheringId, stage: $stage) {
      ...FeedbackFormFields
    }
  }
`);
