import { graphql } from '../../../gql';

// Networks with the viewer's roles: filtered on the client to the ones they
// can convene with, or represent. The API has no "my networks" query yet.
// Keep the fields few: 100 nodes of them must stay under the API's query cost limit (3000).
export const MyNetworksQuery = graphql(`
  query MyNetworks {
    networks(first: 100, sort: NAME) {
      edges {
        node {
          id
          name
          viewerRoles
        }
      }
    }
  }
`);
