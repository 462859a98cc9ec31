import { graphql } from '../../../gql';

export const JoinConversationMutation = graphql(`
  mutation JoinConversation($code: String!) {
    joinConversation(code: $code) {
      ...ConversationFields
    }
  }
`);
