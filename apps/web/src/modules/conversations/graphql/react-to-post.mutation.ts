import { graphql } from '../../../gql';

export const ReactToPostMutation = graphql(`
  mutation ReactToPost($input: ReactInput!) {
    reactToPost(input: $input) {
      ...PostFields
    }
  }
`);
