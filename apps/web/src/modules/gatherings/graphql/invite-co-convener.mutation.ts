import { graphql } from '../../../gql';

// Asks for the pending list back so the section updates from the cache.
export const InviteCoConvenerMutation = graphql(`
  mutation InviteCoConvener($input: InviteCoConvenerInput!) {
    inviteCoConvener(input: $input) {
      id
      pendingCoConveners {
        id
        name
        slug
      }
    }
  }
`);
