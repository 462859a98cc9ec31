import { graphql } from '../../../gql';

// The result carries the invitation's id, so the list shows its new status without a refetch.
export const RespondToNetworkInvitationMutation = graphql(`
  mutation RespondToNetworkInvitation($input: RespondToNetworkInvitationInput!) {
    respondToNetworkInvitation(input: $input) {
      ...RoleInvitationFields
    }
  }
`);
