import { graphql } from '../../../gql';

export const ConversationUpdatesSubscription = graphql(`
  subscription ConversationUpdates($conversationId: UUID!) {
    conversationUpdates(conversationId: $conversationId) {
      conversation {
        ...ConversationFields
      }
      posts {
        ...PostFields
      }
    }
  }
`);
