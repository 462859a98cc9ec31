import { graphql } from '../../../gql';

export const DeletePostMutation = graphql(`
  mutation DeletePost($input: PostIdInput!) {
    deletePost(input: $input) {
      ...PostFields
    }
  }
`);
