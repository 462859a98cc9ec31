import { graphql } from '../../../gql';

// What a map draws, and its text alternative lists: the directory's map and a profile's neighbourhood alike.
export const NetworkGraphFieldsFragment = graphql(`
  fragment NetworkGraphFields on NetworkGraph {
    nodeCount
    edgeCount
    outsideTieCount
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
`);
