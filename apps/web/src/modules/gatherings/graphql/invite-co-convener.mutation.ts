import { graphql } from '../../../gql';

// Answers with the gathering, so the pending list updates in the cache by id.
export const InviteCoConvenerMutation = graphql(`
  mutation InviteCoConvener($input: InviteCoConvenerInput!) {
    inviteCoConvener(input: $input) {
      id
      pendingCoConveners {
        ...NetworkSummaryFields
      }
    }
  }
`);
