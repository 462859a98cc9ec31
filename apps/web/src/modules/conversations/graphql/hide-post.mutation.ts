import { graphql } from '../../../gql';

export const HidePostMutation = graphql(`
  mutation HidePost($input: HidePostInput!) {
    hidePost(input: $input) {
      ...PostFields
    }
  }
`);
