import { graphql } from '../../../gql';

export const EditPostMutation = graphql(`
  mutation EditPost($input: EditPostInput!) {
    editPost(input: $input) {
      ...PostFields
    }
  }
`);
