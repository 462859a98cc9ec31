import { graphql } from '../../../gql';

export const MarkConversationReadMutation = graphql(`
  mutation MarkConversationRead($input: MarkConversationReadInput!) {
    markConversationRead(input: $input) {
      ...ConversationFields
    }
  }
`);
