import { graphql } from '../../../gql';

export const StartConversationMutation = graphql(`
  mutation StartConversation($input: StartConversationInput!) {
    startConversation(input: $input) {
      ...ConversationFields
    }
  }
`);
