import { graphql } from '../../../gql';

export const SuggestScheduleQuery = graphql(`
  query SuggestSchedule($gatheringId: ID!) {
    suggestSchedule(gatheringId: $gatheringId) {
      placements {
        sessionId
        slotId
        spaceId
      }
      unplaced {
        sessionId
        code
        reason
      }
    }
  }
`);
