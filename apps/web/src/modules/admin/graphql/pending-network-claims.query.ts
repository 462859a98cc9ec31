import { graphql } from '../../../gql';

export const PendingNetworkClaimsQuery = graphql(`
  query PendingNetworkClaims {
    pendingNetworkClaims {
      ...NetworkClaimFields
    }
  }
`);
