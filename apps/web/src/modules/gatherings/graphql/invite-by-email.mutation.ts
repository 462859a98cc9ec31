import { graphql } from '../../../gql';

export const InviteByEmailMutation = graphql(`
  mutation InviteByEmail($input: InviteByEmailInput!) {
    inviteByEmail(input: $input) {
      sent
      alreadyRegistered
      invalid {
        line
        value
        reason
      }
    }
  }
`);
