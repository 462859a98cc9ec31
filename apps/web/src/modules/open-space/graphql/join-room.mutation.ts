import { graphql } from '../../../gql';

export const JoinRoomMutation = graphql(`
  mutation JoinRoom($input: SessionIdInput!) {
    joinRoom(input: $input) {
      ...PresenceFields
    }
  }
`);
