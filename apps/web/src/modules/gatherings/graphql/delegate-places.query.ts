import { graphql } from '../../../gql';

// Signed-in viewers of the gathering: each network's places and who fills them.
export const DelegatePlacesQuery = graphql(`
  query DelegatePlaces($gatheringId: String!) {
    delegatePlaces(gatheringId: $gatheringId) {
      places
      delegates
      network {
        ...NetworkSummaryFields
      }
    }
  }
`);
