import { graphql } from '../../../gql';

export const ProposeMembershipMutation = graphql(`
  mutation ProposeMembership($input: ProposeMembershipInput!) {
    proposeMembership(input: $input) {
      ...MembershipFields
    }
  }
`);
