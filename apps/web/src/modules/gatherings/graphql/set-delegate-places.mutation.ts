import { graphql } from '../../../gql';

// Returns every network's places, so the list can be replaced in one go.
export const SetDelegatePlacesMutation = graphql(`
  mutation SetDelegatePlaces($input: SetDelegatePlacesInput!) {
    setDelegatePlaces(input: $input) {
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
