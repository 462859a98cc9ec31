import { graphql } from '../../../gql';

export const GatheringQuery = graphql(`
  query Gathering($slug: String!) {
    gathering(slug: $slug) {
      ...GatheringFields
    }
  }
`);
