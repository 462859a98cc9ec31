import { graphql } from '../../../gql';

export const WallFieldsFragment = graphql(`
  fragment WallFields on Wall {
    gatheringId
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
