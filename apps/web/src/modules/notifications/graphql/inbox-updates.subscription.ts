import { graphql } from '../../../gql';

export const InboxUpdatesSubscription = graphql(`
  subscription InboxUpdates {
    inboxUpdates {
      unreadCount
      latest {
        id
      }
    }
  }
`);
