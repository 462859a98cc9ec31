import { graphql } from '../../../gql';

// The networks the viewer holds a role in, with the roles: filtered on the client
// to the ones they can convene with, represent or nominate for.
export const MyNetworksQuery = graphql(`
  query MyNetworks {
    myNetworks {
      id
      name
      viewerRoles
    }
  }
`);
