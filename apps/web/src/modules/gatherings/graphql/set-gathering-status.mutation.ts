import { graphql } from '../../../gql';

export const SetGatheringStatusMutation = graphql(`
  mutation SetGatheringStatus($input: SetGatheringStatusInput!) {
    setGatheringStatus(input: $input) {
      ...GatheringFields
    }
  }
`);
