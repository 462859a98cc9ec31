import { graphql } from '../../../gql';

export const NoteFieldsFragment = graphql(`
  fragment NoteFields on Note {
    id
    sessionId
    text
    author {
      id
      displayName
    }
    version
    createdAt
    updatedAt
  }
`);

export const ActionFieldsFragment = graphql(`
  fragment ActionFields on Action {
    id
    sessionId
    what
    ownerName
    ownerId
    dueOn
    done
    createdAt
  }
`);

// The room says where and when its session runs (and its video link) without reading the wall.
export const RoomFieldsFragment = graphql(`
  fragment RoomFields on Room {
    gatheringStatus
    session {
      ...SessionFields
      space {
        id
        name
        tags
        videoUrl
      }
      slot {
        id
        startsAt
        endsAt
        label
      }
    }
    people {
      id
      displayName
    }
    whoCame {
      id
      displayName
    }
    notes {
      ...NoteFields
    }
    actions {
      ...ActionFields
    }
  }
`);
