import { graphql } from '../../../gql';

export const ProposeSessionMutation = graphql(`
  mutation ProposeSession($input: ProposeSessionInput!) {
    proposeSession(input: $input) {
      ...SessionFields
    }
  }
`);
