import { graphql } from '../../../gql';

export const CarryOnSessionMutation = graphql(`
  mutation CarryOnSession($input: CarryOnSessionInput!) {
    carryOnSession(input: $input) {
      id
      slug
    }
  }
`);
