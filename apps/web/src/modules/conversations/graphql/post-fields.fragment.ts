import { graphql } from '../../../gql';

export const PostFieldsFragment = graphql(`
  fragment PostFields on Post {
    id
    seq
    parentId
    body
    isQuestion
    replyCount
    createdAt
    editedAt
    deletedAt
    author {
      id
      displayName
    }
    hidden {
      reason
      hiddenAt
    }
    mentionedPeople {
      id
      displayName
    }
    mentionedNetworks {
      id
      name
      slug
    }
    reactions {
      reaction
      count
      mine
    }
  }
`);
