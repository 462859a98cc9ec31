import { graphql } from '../../../gql';

export const SignInWithLinkMutation = graphql(`
  mutation SignInWithLink($input: SignInWithLinkInput!) {
    signInWithLink(input: $input) {
      ...PersonFields
    }
  }
`);
