import { graphql } from '../../../gql';

export const AddActionMutation = graphql(`
  mutation AddAction($input: AddActionInput!) {
    addAction(input: $input) {
      ...ActionFields
    }
  }
`);
