import { graphql } from '../../../gql';

export const ConversationQuery = graphql(`
  query Conversation($id: UUID!, $first: Int, $after: String) {
    conversation(id: $id) {
      ...ConversationFields
    }
    posts(conversationId: $id, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PostFields
        }
      }
    }
  }
`);
