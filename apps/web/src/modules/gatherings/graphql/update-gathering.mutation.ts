import { graphql } from '../../../gql';

export const UpdateGatheringMutation = graphql(`
  mutation UpdateGathering($input: UpdateGatheringInput!) {
    updateGathering(input: $input) {
      ...GatheringFields
    }
  }
`);
