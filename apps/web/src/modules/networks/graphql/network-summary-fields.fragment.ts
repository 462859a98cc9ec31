import { graphql } from '../../../gql';

// The other network of a tie, as much as the viewer may see.
export const NetworkSummaryFieldsFragment = graphql(`
  fragment NetworkSummaryFields on NetworkSummary {
    id
    slug
    name
    kind
    isClosed
  }
`);
