import { graphql } from '../../../gql';

export const SetConversationLockedMutation = graphql(`
  mutation SetConversationLocked($input: SetConversationLockedInput!) {
    setConversationLocked(input: $input) {
      ...ConversationFields
    }
  }
`);
