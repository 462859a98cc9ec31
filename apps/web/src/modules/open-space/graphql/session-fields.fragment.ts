import { graphql } from '../../../gql';

// A session as the wall, the board and the room show it; version decides which of two states is newer.
export const SessionFieldsFragment = graphql(`
  fragment SessionFields on Session {
    id
    gatheringId
    title
    description
    needs
    host {
      id
      displayName
    }
    slotId
    spaceId
    capacity
    headcount
    interestCount
    mergedIntoId
    version
  }
`);
