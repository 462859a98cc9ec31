import { graphql } from '../../../gql';

export const UnplaceSessionMutation = graphql(`
  mutation UnplaceSession($input: SessionIdInput!) {
    unplaceSession(input: $input) {
      ...SessionFields
    }
  }
`);
