import { graphql } from '../../../gql';

export const ConversationInvitationQuery = graphql(`
  query ConversationInvitation($code: String!) {
    conversationInvitation(code: $code) {
      code
      conversationTitle
    }
  }
`);
