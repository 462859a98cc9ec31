import { graphql } from '../../../gql';

export const WallUpdatesSubscription = graphql(`
  subscription WallUpdates($gatheringId: UUID!) {
    wallUpdates(gatheringId: $gatheringId) {
      snapshot {
        ...WallFields
      }
      sessions {
        ...SessionFields
      }
    }
  }
`);
