import { graphql } from '../../../gql';

// The manage page: everything on the profile plus what only facilitators see.
export const NetworkManageQuery = graphql(`
  query NetworkManage($slug: String!) {
    network(slug: $slug) {
      ...NetworkFields
      ...NetworkRelationsFields
      handshakes {
        ...MembershipFields
      }
      pendingInvitations {
        ...RoleInvitationFields
      }
    }
  }
`);
