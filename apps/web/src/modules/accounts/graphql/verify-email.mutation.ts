import { graphql } from '../../../gql';

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      ...PersonFields
    }
  }
`);
