import { graphql } from '../../../gql';

export const CreateInvitationMutation = graphql(`
  mutation CreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      ...InvitationFields
    }
  }
`);
