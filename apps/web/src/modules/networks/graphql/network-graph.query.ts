import { graphql } from '../../../gql';

// One network's neighbourhood: its profile's map, and the directory map when a search finds that network alone.
export const NetworkGraphQuery = graphql(`
  query NetworkGraph($slug: String!, $depth: Int) {
    networkGraph(slug: $slug, depth: $depth) {
      ...NetworkGraphFields
    }
  }
`);
