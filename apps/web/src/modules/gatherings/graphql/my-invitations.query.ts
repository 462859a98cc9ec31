import { graphql } from '../../../gql';

// The invitation links the viewer has made for one gathering.
export const MyInvitationsQuery = graphql(`
  query MyInvitations($gatheringId: UUID!) {
    myInvitations(gatheringId: $gatheringId) {
      ...InvitationFields
      expiresAt
    }
  }
`);
