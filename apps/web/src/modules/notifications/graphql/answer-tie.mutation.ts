import { graphql } from '../../../gql';

// respondToMembership, answered from the inbox: the tie's new status updates the item in the cache.
export const AnswerTieMutation = graphql(`
  mutation AnswerTie($input: RespondToMembershipInput!) {
    respondToMembership(input: $input) {
      id
      status
    }
  }
`);
