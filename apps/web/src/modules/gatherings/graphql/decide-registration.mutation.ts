import { graphql } from '../../../gql';

// Returns the registration, so its row updates in the cache by id.
export const DecideRegistrationMutation = graphql(`
  mutation DecideRegistration($input: DecideRegistrationInput!) {
    decideRegistration(input: $input) {
      ...RegistrationFields
    }
  }
`);
