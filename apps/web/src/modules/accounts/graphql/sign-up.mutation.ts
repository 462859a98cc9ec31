import { graphql } from '../../../gql';

// Always true, whether or not the address has an account: the next step is in the person's inbox.
export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`);
