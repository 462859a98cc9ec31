import { graphql } from '../../../gql';

// Conveners only.
export const WhosMissingQuery = graphql(`
  query WhosMissing($gatheringId: UUID!) {
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
