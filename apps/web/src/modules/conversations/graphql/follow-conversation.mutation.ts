import { graphql } from '../../../gql';

export const FollowConversationMutation = graphql(`
  mutation FollowConversation($input: FollowConversationInput!) {
    followConversation(input: $input) {
      ...ConversationFields
    }
  }
`);
