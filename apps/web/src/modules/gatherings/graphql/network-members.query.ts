import { graphql } from '../../../gql';

// The people a facilitator may nominate: everyone holding a role in the network now.
export const NetworkMembersQuery = graphql(`
  query NetworkMembers($slug: String!) {
    network(slug: $slug) {
      id
      people {
        role
        person {
          id
          displayName
        }
      }
    }
  }
`);
