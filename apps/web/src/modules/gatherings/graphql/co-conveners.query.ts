import { graphql } from '../../../gql';

// Conveners only: the networks convening, and the ones asked that have not answered.
export const CoConvenersQuery = graphql(`
  query CoConveners($slug: String!) {
    gathering(slug: $slug) {
      id
      convenedBy {
        ...NetworkSummaryFields
      }
      pendingCoConveners {
        ...NetworkSummaryFields
      }
    }
  }
`);
