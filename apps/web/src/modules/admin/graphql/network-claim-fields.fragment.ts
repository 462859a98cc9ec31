import { graphql } from '../../../gql';

export const NetworkClaimFieldsFragment = graphql(`
  fragment NetworkClaimFields on NetworkClaim {
    id
    status
    message
    createdAt
    claimantName
    claimantEmail
    network {
      id
      slug
      name
    }
  }
`);
