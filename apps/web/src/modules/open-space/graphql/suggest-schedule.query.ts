import { graphql } from '../../../gql';

export const SuggestScheduleQuery = graphql(`
  query SuggestSchedule($gatheringId: UUID!) {
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
