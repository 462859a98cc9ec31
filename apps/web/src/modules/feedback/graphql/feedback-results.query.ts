import { graphql } from '../../../gql';

export const FeedbackResultsQuery = graphql(`
  query FeedbackResults($gatheringId: UUID!, $stage: FeedbackStage!) {
    feedbackResults(gatheringId: $gatheringId, stage: $stage) {
      gatheringId
      stage
      fewestShown
      enoughAnswers
      participants
      answered
      responseRate
      scales {
        scale
        questionId
        prompt
        shown
        answered
        mean
        counts
      }
      newPeopleAnswered
      newPeopleTotal
      newPeopleMean
      texts {
        questionId
        prompt
        texts
      }
      series {
        startGatheringTitle
        startGatheringSlug
        beforeAnswered
        paired
        scales {
          scale
          before
          after
          change
        }
      }
    }
  }
`);
