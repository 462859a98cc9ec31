import { graphql } from '../../../gql';

export const RoomQuery = graphql(`
  query Room($sessionId: ID!) {
    room(sessionId: $sessionId) {
      ...RoomFields
    }
  }
`);
