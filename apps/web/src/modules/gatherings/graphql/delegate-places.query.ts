import { graphql } from '../../../gql';

// Signed-in viewers of the gathering: each network's places and who fills them.
export const DelegatePlacesQuery = graphql(`
  query DelegatePlaces($gatheringId: UUID!) {
    delegatePlaces(gatheringId: $gatheringId) {
      places
      delegates
      network {
        ...NetworkSummaryFields
      }
    }
  }
`);
