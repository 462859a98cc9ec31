import { graphql } from '../../../gql';

export const MentionablesQuery = graphql(`
  query Mentionables($conversationId: UUID!, $search: String!) {
    mentionables(conversationId: $conversationId, search: $search) {
      people {
        id
        displayName
      }
      networks {
        id
        name
      }
    }
  }
`);
