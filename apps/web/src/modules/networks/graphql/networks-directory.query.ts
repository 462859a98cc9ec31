import { graphql } from '../../../gql';

export const NetworksDirectoryQuery = graphql(`
  query NetworksDirectory($search: String, $filter: NetworkFilter, $sort: NetworkSort!, $first: Int!, $after: String) {
    networks(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...NetworkCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        kinds {
          value
          count
        }
        sectors {
          value
          count
        }
        scopes {
          value
          count
        }
        lifecycleStages {
          value
          count
        }
        regions {
          value
          count
        }
        themes {
          value
          count
        }
      }
    }
  }
`);
