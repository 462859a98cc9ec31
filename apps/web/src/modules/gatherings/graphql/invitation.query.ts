import { graphql } from '../../../gql';

// What an invitation link is for: shown as "Invited by …" on the gathering page.
export const InvitationQuery = graphql(`
  query Invitation($code: String!) {
    invitation(code: $code) {
      ...InvitationFields
    }
  }
`);
