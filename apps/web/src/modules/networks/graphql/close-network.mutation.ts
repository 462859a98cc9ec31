import { graphql } from '../../../gql';

export const CloseNetworkMutation = graphql(`
  mutation CloseNetwork($input: CloseNetworkInput!) {
    closeNetwork(input: $input) {
      ...NetworkFields
    }
  }
`);
