import { graphql } from '../../../gql';

export const LeaveRoomMutation = graphql(`
  mutation LeaveRoom($input: GatheringIdInput!) {
    leaveRoom(input: $input) {
      ...PresenceFields
    }
  }
`);
