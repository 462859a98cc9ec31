import { graphql } from '../../../gql';

// Conveners only; access needs come back only where the person shared them.
export const GatheringRegistrationsQuery = graphql(`
  query GatheringRegistrations($gatheringId: UUID!) {
    gatheringRegistrations(gatheringId: $gatheringId) {
      ...RegistrationFields
      representingNetworks {
        id
        name
      }
      membersOnlyNetworkCount
    }
  }
`);
