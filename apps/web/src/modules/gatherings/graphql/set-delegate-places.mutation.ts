import { graphql } from '../../../gql';

// Conveners; answers with every network's places, so the list can be replaced whole.
export const SetDelegatePlacesMutation = graphql(`
  mutation SetDelegatePlaces($input: SetDelegatePlacesInput!) {
    setDelegatePlaces(input: $input) {
      places
      delegates
      network {
        ...NetworkSummaryFields
      }
    }
  }
`);
