// The directory page's query (apps/web/src/modules/networks/graphql/networks-directory.query.ts
// with its card fragment), with a search word and one filter, as a funder would ask it.
export const DIRECTORY_QUERY = `
  query NetworksDirectory($search: String, $filter: NetworkFilter, $sort: NetworkSort!, $first: Int!, $after: String) {
    networks(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      edges { cursor node { ...NetworkCardFields } }
      pageInfo { hasNextPage endCursor }
      facets {
        kinds { value count }
        sectors { value count }
        scopes { value count }
        lifecycleStages { value count }
        regions { value count }
        themes { value count }
      }
    }
  }
  fragment NetworkCardFields on Network {
    id slug name kind purpose themes
    area { placeName region }
    isClosed memberCount
  }
`;

export const DIRECTORY_VARIABLES = { search: 'food', filter: { sectors: ['COMMUNITY_GROUP'] }, sort: 'RELEVANCE', first: 20 };

export const REQUEST_BODY = JSON.stringify({ operationName: 'NetworksDirectory', query: DIRECTORY_QUERY, variables: DIRECTORY_VARIABLES });
