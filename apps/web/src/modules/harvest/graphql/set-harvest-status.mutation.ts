import { graphql } from '../../../gql';

export const SetHarvestStatusMutation = graphql(`
  mutation SetHarvestStatus($input: SetHarvestStatusInput!) {
    setHarvestStatus(input: $input) {
      ...HarvestFields
    }
  }
`);
