import { graphql } from '../../../gql';

export const PostHistoryQuery = graphql(`
  query PostHistory($postId: UUID!) {
    postHistory(postId: $postId) {
      body
      writtenAt
      editedAt
    }
  }
`);
