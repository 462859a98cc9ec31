import { graphql } from '../../../gql';

// Conveners only.
export const WhosMissingQuery = graphql(`
  query WhosMissing($gatheringId: String!) {
    whosMissing(gatheringId: $gatheringId) {
      networks {
        id
        name
        slug
      }
      sectors
      regions
    }
  }
`);
