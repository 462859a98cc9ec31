import { graphql } from '../../../gql';

export const CancelRegistrationMutation = graphql(`
  mutation CancelRegistration($input: GatheringIdInput!) {
    cancelRegistration(input: $input) {
      ...RegistrationFields
    }
  }
`);
