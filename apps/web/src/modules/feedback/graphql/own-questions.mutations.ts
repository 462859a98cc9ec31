import { graphql } from '../../../gql';

export const AddFeedbackQuestionMutation = graphql(`
  mutation AddFeedbackQuestion($input: AddFeedbackQuestionInput!) {
    addFeedbackQuestion(input: $input) {
      ...FeedbackFormFields
    }
  }
`);

export const RemoveFeedbackQuestionMutation = graphql(`
  mutation RemoveFeedbackQuestion($questionId: UUID!) {
    removeFeedbackQuestion(questionId: $questionId) {
      ...FeedbackFormFields
    }
  }
`);

export const SetFeedbackBeforeMutation = graphql(`
  mutation SetFeedbackBefore($input: SetFeedbackBeforeInput!) {
    setFeedbackBefore(input: $input) {
      ...FeedbackFormFields
    }
  }
`);
