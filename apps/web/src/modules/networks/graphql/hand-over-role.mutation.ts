import { graphql } from '../../../gql';

export const HandOverRoleMutation = graphql(`
  mutation HandOverRole($input: HandOverRoleInput!) {
    handOverRole(input: $input)
  }
`);
