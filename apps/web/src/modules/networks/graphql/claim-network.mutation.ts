import { graphql } from '../../../gql';

export const ClaimNetworkMutation = graphql(`
  mutation ClaimNetwork($input: ClaimNetworkInput!) {
    claimNetwork(input: $input) {
      id
      status
    }
  }
`);
