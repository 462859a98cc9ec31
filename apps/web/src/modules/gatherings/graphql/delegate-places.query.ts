import { graphql } from '../../../gql';

export const DelegatePlacesQuery = graphql(`
  query DelegatePlaces($gatheringId: String!) {
    delegatePlaces(gatheringId: $gatheringId) {
      places
      delegates
      network {
        id
        name
        slug
      }
    }
  }
`);
