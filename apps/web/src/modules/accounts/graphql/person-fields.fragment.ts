import { graphql } from '../../../gql';

// Everything the shell and account pages show about the signed-in person.
export const PersonFieldsFragment = graphql(`
  fragment PersonFields on Person {
    id
    displayName
    pronouns
    bio
    locale
    email
    emailVerified
    hasPassword
    isPlatformAdmin
  }
`);
