import { graphql } from '../../../gql';

export const PostsQuery = graphql(`
  query Posts($id: UUID!, $first: Int, $after: String) {
    posts(conversationId: $id, first: $first, after: $after) {
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
