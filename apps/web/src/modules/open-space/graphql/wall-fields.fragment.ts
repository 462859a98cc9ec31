import { graphql } from '../../../gql';

export const WallFieldsFragment = graphql(`
  fragment WallFields on Wall {
    gatheringId
    gatheringStatus
    serverTime
    spaces {
      id
      name
      capacity
      tags
      videoUrl
    }
    slots {
      id
      startsAt
      endsAt
      label
    }
    sessions {
      ...SessionFields
    }
    starredSessionIds
  }
`);
