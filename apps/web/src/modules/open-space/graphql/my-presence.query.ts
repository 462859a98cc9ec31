import { graphql } from '../../../gql';

export const MyPresenceQuery = graphql(`
  query MyPresence($gatheringId: ID!) {
    myPresence(gatheringId: $gatheringId) {
      ...PresenceFields
    }
  }
`);
