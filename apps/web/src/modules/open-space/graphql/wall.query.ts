import { graphql } from '../../../gql';

export const WallQuery = graphql(`
  query Wall($gatheringId: UUID!) {
    wall(gatheringId: $gatheringId) {
      ...WallFields
    }
  }
`);
