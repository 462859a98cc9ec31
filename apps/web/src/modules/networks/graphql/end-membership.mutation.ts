import { graphql } from '../../../gql';

export const EndMembershipMutation = graphql(`
  mutation EndMembership($input: EndMembershipInput!) {
    endMembership(input: $input) {
      ...MembershipFields
    }
  }
`);
