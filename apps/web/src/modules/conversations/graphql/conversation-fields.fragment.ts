import { graphql } from '../../../gql';

export const ConversationFieldsFragment = graphql(`
  fragment ConversationFields on Conversation {
    id
    kind
    title
    isSeeded
    lockedAt
    postCount
    lastSeq
    lastPostAt
    viewerFollows
    viewerModerates
    viewerLastReadSeq
    unreadCount
    gathering {
      id
      name
      slug
    }
    session {
      id
      name
    }
    network {
      id
      name
      slug
    }
    startedBy {
      id
      displayName
    }
  }
`);
