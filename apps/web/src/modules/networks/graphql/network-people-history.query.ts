import { graphql } from '../../../gql';

// Past roles too; the API only gives them to people inside the network.
export const NetworkPeopleHistoryQuery = graphql(`
  query NetworkPeopleHistory($slug: String!) {
    network(slug: $slug) {
      id
      people(includePast: true) {
        ...RoleHolderFields
      }
    }
  }
`);
