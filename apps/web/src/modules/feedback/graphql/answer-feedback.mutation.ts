import { graphql } from '../../../gql';

export const AnswerFeedbackMutation = graphql(`
  mutation AnswerFeedback($input: AnswerFeedbackInput!) {
    answerFeedback(input: $input) {
      ...FeedbackFormFields
    }
  }
`);
