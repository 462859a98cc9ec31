import { graphql } from '../../../gql';

export const PeopleMetQuery = graphql(`
  query PeopleMet($first: Int, $after: String) {
    connectionProposals {
      ...ConnectionFields
    }
    peopleMet(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ConnectionFields
        }
      }
    }
  }
`);
