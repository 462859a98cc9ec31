import { graphql } from '../../../gql';

export const RoomQuery = graphql(`
  query Room($sessionId: UUID!) {
    room(sessionId: $sessionId) {
      ...RoomFields
    }
  }
`);
