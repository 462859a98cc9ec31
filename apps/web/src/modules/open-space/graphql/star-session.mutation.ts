import { graphql } from '../../../gql';

export const StarSessionMutation = graphql(`
  mutation StarSession($input: StarSessionInput!) {
    starSession(input: $input) {
      ...SessionFields
    }
  }
`);
