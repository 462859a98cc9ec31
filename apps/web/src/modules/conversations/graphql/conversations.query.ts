import { graphql } from '../../../gql';

export const ConversationsQuery = graphql(`
  query Conversations($gatheringId: UUID, $following: Boolean, $first: Int, $after: String) {
    conversations(gatheringId: $gatheringId, following: $following, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ConversationFields
        }
      }
    }
  }
`);
