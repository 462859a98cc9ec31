import { graphql } from '../../../gql';

export const RemoveNetworkRoleMutation = graphql(`
  mutation RemoveNetworkRole($input: RemoveNetworkRoleInput!) {
    removeNetworkRole(input: $input)
  }
`);
