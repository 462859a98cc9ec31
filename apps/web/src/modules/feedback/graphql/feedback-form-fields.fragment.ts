import { graphql } from '../../../gql';

export const FeedbackFormFields = graphql(`
  fragment FeedbackFormFields on FeedbackForm {
    gatheringId
    gatheringTitle
    gatheringSlug
    stage
    open
    closesAt
    asksBefore
    viewerMayAnswer
    viewerIsConvener
    questionsLocked
    questions {
      id
      kind
      prompt
    }
    myAnswer {
      networking
      knowledge
      confidence
      trust
      support
      newPeopleMet
      comment
      answers {
        questionId
        scale
        text
      }
      updatedAt
    }
  }
`);
