import { graphql } from '../../../gql';

export const PlaceSessionMutation = graphql(`
  mutation PlaceSession($input: PlaceSessionInput!) {
    placeSession(input: $input) {
      ...SessionFields
    }
  }
`);
