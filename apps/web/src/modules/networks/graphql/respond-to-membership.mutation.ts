import { graphql } from '../../../gql';

export const RespondToMembershipMutation = graphql(`
  mutation RespondToMembership($input: RespondToMembershipInput!) {
    respondToMembership(input: $input) {
      ...MembershipFields
    }
  }
`);
