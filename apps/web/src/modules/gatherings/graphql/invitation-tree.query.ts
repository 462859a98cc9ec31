import { graphql } from '../../../gql';

// Conveners only: the cascade of invitation links and what came through each.
export const InvitationTreeQuery = graphql(`
  query InvitationTree($gatheringId: UUID!) {
    invitationTree(gatheringId: $gatheringId) {
      networksReached
      maxDepth
      registrationsThroughInvitations
      nodes {
        id
        parentId
        depth
        issuedByName
        networkName
        registrations
        branchRegistrations
      }
    }
  }
`);
