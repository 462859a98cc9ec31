import { graphql } from '../../../gql';

export const CheckInWithCodeMutation = graphql(`
  mutation CheckInWithCode($input: CheckInWithCodeInput!) {
    checkInWithCode(input: $input) {
      ...RegistrationFields
    }
  }
`);
