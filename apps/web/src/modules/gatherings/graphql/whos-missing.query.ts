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
      registered
      came
      notComeByNetwork {
        network {
          id
          name
          slug
        }
        registered
        came
      }
      sectorsNotCome
    }
  }
`);
