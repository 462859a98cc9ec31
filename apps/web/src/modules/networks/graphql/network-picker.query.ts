import { graphql } from '../../../gql';

// A short list of directory matches to pick a network from.
export const NetworkPickerQuery = graphql(`
  query NetworkPicker($search: String!) {
    networks(search: $search, first: 8, sort: RELEVANCE) {
      edges {
        node {
          id
          slug
          name
          kind
          isClosed
        }
      }
    }
  }
`);
