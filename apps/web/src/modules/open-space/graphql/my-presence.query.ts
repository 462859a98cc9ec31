import { graphql } from '../../../gql';

export const MyPresenceQuery = graphql(`
  query MyPresence($gatheringId: UUID!) {
    myPresence(gatheringId: $gatheringId) {
      ...PresenceFields
    }
  }
`);
