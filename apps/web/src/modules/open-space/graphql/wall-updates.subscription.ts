import { graphql } from '../../../gql';

export const WallUpdatesSubscription = graphql(`
  subscription WallUpdates($gatheringId: ID!) {
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
