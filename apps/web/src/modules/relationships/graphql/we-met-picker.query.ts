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
