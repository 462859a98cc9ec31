import { graphql } from '../../../gql';

// The net around a network, as the profile and manage pages show it.
export const NetworkRelationsFieldsFragment = graphql(`
  fragment NetworkRelationsFields on Network {
    id
    isClaimed
    memberNetworks {
      ...MembershipFields
    }
    coalitions {
      depth
      network {
        ...NetworkSummaryFields
      }
    }
    people {
      ...RoleHolderFields
    }
    lifecycleHistory {
      stage
      note
      at
    }
  }
`);
