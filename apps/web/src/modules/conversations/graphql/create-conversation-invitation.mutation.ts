import { graphql } from '../../../gql';

export const CreateConversationInvitationMutation = graphql(`
  mutation CreateConversationInvitation($input: ConversationIdInput!) {
    createConversationInvitation(input: $input) {
      code
      conversationTitle
    }
  }
`);
