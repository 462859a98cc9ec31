import { graphql } from '../../../gql';

export const EditNoteMutation = graphql(`
  mutation EditNote($input: EditNoteInput!) {
    editNote(input: $input) {
      ...NoteFields
    }
  }
`);
