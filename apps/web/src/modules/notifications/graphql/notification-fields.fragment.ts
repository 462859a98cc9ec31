import { graphql } from '../../../gql';

// A notification as the inbox shows it: what happened, who did it, where it links, and a tie to answer.
export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    read
    createdAt
    subjectType
    subjectId
    actor {
      id
      displayName
    }
    facts {
      title
      slug
      networkName
      networkSlug
      networkId
      otherNetworkName
      otherNetworkSlug
      path
      role
      answer
      side
    }
    tie {
      id
      status
    }
  }
`);
