import { graphql } from '../../../gql';

export const PresenceFieldsFragment = graphql(`
  fragment PresenceFields on Presence {
    gatheringId
    session {
      ...SessionFields
    }
  }
`);
