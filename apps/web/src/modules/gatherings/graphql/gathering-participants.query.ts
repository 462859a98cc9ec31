import { graphql } from '../../../gql';

/** The people with a place at a gathering, searched by name (for conveners and participants): owner and "we met" pickers. */
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
