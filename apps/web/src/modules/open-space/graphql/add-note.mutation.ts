import { graphql } from '../../../gql';

export const AddNoteMutation = graphql(`
  mutation AddNote($input: AddNoteInput!) {
    addNote(input: $input) {
      ...NoteFields
    }
  }
`);
