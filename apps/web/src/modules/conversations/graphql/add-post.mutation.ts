import { graphql } from '../../../gql';

export const AddPostMutation = graphql(`
  mutation AddPost($input: AddPostInput!) {
    addPost(input: $input) {
      ...PostFields
    }
  }
`);
