import { graphql } from '../../../gql';

// The result carries the network's id, so the normalised cache (and the
// profile page reading it) updates without a refetch.
export const UpdateNetworkMutation = graphql(`
  mutation UpdateNetwork($input: UpdateNetworkInput!) {
    updateNetwork(input: $input) {
      ...NetworkFields
    }
  }
`);
