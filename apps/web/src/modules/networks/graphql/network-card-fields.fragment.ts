import { graphql } from '../../../gql';

// What a directory card shows.
export const NetworkCardFieldsFragment = graphql(`
  fragment NetworkCardFields on Network {
    id
    slug
    name
    kind
    purpose
    themes
    area {
      placeName
      region
    }
    isClosed
    memberCount
    createdAt
    publishedImpact
  }
`);
