import { graphql } from '../../../gql';

// Invitations to co-convene waiting for an answer from the networks the viewer facilitates or convenes.
export const MyCoConveningInvitationsQuery = graphql(`
  query MyCoConveningInvitations {
    myCoConveningInvitations {
      gathering {
        id
        slug
        title
        startsAt
        endsAt
        timeZone
      }
      network {
        id
        name
      }
    }
  }
`);
