import { graphql } from '../../../gql';

export const RoomUpdatesSubscription = graphql(`
  subscription RoomUpdates($sessionId: UUID!) {
    roomUpdates(sessionId: $sessionId) {
      snapshot {
        ...RoomFields
      }
      notes {
        ...NoteFields
      }
      actions {
        ...ActionFields
      }
    }
  }
`);
