import { graphql } from '../../../gql';

export const HarvestQuery = graphql(`
  query Harvest($gatheringId: UUID!) {
    harvest(gatheringId: $gatheringId) {
      ...HarvestFields
    }
  }
`);
