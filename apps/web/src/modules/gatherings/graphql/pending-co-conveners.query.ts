import { graphql } from '../../../gql';

// Conveners only; others get null.
export const PendingCoConvenersQuery = graphql(`
  query PendingCoConveners($slug: String!) {
    gathering(slug: $slug) {
      id
      pendingCoConveners {
        id
        name
        slug
      }
    }
  }
`);
