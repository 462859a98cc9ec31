import { graphql } from '../../../gql';

export const RegisterForGatheringMutation = graphql(`
  mutation RegisterForGathering($input: RegisterForGatheringInput!) {
    registerForGathering(input: $input) {
      ...RegistrationFields
    }
  }
`);
