import { graphql } from '../../../gql';

export const MyNetworkInvitationsQuery = graphql(`
  query MyNetworkInvitations {
    myNetworkInvitations {
      ...RoleInvitationFields
    }
  }
`);
