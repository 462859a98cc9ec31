import { graphql } from '../../../gql';

export const DirectoryGraphQuery = graphql(`
  query DirectoryGraph($search: String, $filter: NetworkFilter) {
    directoryGraph(search: $search, filter: $filter) {
      nodeCount
      edgeCount
      isBetweennessEstimated
      nodes {
        id
        slug
        name
        kind
        region
        isClosed
        degree
        betweenness
        isBridge
        cluster
      }
      edges {
        id
        source
        target
        tieType
      }
    }
  }
`);
