import { graphql } from '../../../gql';

export const DecideNetworkClaimMutation = graphql(`
  mutation DecideNetworkClaim($input: DecideNetworkClaimInput!) {
    decideNetworkClaim(input: $input) {
      ...NetworkClaimFields
    }
  }
`);
