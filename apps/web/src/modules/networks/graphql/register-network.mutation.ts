import { graphql } from '../../../gql';

export const RegisterNetworkMutation = graphql(`
  mutation RegisterNetwork($input: RegisterNetworkInput!) {
    registerNetwork(input: $input) {
      ...NetworkFields
    }
  }
`);
