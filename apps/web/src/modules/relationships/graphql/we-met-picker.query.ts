import { graphql } from '../../../gql';

export const MetSuggestionsQuery = graphql(`
  query MetSuggestions($gatheringId: UUID!) {
    metSuggestions(gatheringId: $gatheringId) {
      person {
        id
        displayName
      }
      sharedRooms
      connectionStatus
    }
  }
`);

export const GatheringParticipantsQuery = graphql(`
  query GatheringParticipants($gatheringId: UUID!, $search: String, $first: Int) {
    gatheringParticipants(gatheringId: $gatheringId, search: $search, first: $first) {
      totalCount
      edges {
        node {
          personId
          displayName
          networks {
            id
            name
          }
        }
      }
    }
  }
`);
