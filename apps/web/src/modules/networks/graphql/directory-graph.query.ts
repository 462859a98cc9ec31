import { graphql } from '../../../gql';

export const DirectoryGraphQuery = graphql(`
  query DirectoryGraph {
    directoryGraph {
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
