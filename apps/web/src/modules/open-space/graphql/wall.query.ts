import { graphql } from '../../../gql';

export const WallQuery = graphql(`
  query Wall($gatheringId: ID!) {
    wall(gatheringId: $gatheringId) {
      ...WallFields
    }
  }
`);
