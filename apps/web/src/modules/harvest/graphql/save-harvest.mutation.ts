import { graphql } from '../../../gql';

export const SaveHarvestMutation = graphql(`
  mutation SaveHarvest($input: SaveHarvestInput!) {
    saveHarvest(input: $input) {
      ...HarvestFields
    }
  }
`);
