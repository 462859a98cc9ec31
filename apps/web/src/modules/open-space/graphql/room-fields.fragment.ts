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

export const RoomFieldsFragment = graphql(`
  fragment RoomFields on Room {
    session {
      ...SessionFields
    }
    people {
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
