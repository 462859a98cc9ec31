import { graphql } from '../../../gql';

export const InviteToNetworkMutation = graphql(`
  mutation InviteToNetwork($input: InviteToNetworkInput!) {
    inviteToNetwork(input: $input) {
      ...RoleInvitationFields
    }
  }
`);
