import { graphql } from '../../../gql';

export const RoomUpdatesSubscription = graphql(`
  subscription RoomUpdates($sessionId: ID!) {
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
