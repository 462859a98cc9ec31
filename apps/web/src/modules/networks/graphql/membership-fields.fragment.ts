import { graphql } from '../../../gql';

// A tie between two networks, with its state and dates.
export const MembershipFieldsFragment = graphql(`
  fragment MembershipFields on NetworkMembership {
    id
    status
    tieType
    since
    until
    createdAt
    member {
      ...NetworkSummaryFields
    }
    parent {
      ...NetworkSummaryFields
    }
  }
`);
