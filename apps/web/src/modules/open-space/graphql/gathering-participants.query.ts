import { graphql } from '../../../gql';

export const GatheringParticipantsQuery = graphql(`
  query GatheringParticipants($gatheringId: UUID!, $search: String, $first: Int) {
    gatheringParticipants(gatheringId: $gatheringId, search: $search, first: $first) {
      edges {
        node {
          personId
          displayName
        }
      }
    }
  }
`);
