import { graphql } from '../../../gql';

// An invitation to a role: shown to the network's facilitators and to the person invited.
export const RoleInvitationFieldsFragment = graphql(`
  fragment RoleInvitationFields on NetworkRoleInvitation {
    id
    email
    role
    status
    createdAt
    invitedByName
    networkId
    networkName
    networkSlug
  }
`);
