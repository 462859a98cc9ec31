import { graphql } from '../../../gql';

export const CreateGatheringMutation = graphql(`
  mutation CreateGathering($input: CreateGatheringInput!) {
    createGathering(input: $input) {
      ...GatheringFields
    }
  }
`);
