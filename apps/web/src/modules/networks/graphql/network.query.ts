import { graphql } from '../../../gql';

export const NetworkQuery = graphql(`
  query Network($slug: String!) {
    network(slug: $slug) {
      ...NetworkFields
      ...NetworkRelationsFields
    }
  }
`);
