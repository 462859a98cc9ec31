import { graphql } from '../../../gql';

// A person's role in a network, current or past.
export const RoleHolderFieldsFragment = graphql(`
  fragment RoleHolderFields on NetworkRoleHolder {
    role
    since
    until
    person {
      id
      displayName
      pronouns
    }
  }
`);
