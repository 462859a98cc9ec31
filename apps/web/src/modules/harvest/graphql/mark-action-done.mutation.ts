import { graphql } from '../../../gql';

export const MarkActionDoneMutation = graphql(`
  mutation MarkActionDone($input: SetActionDoneInput!) {
    setActionDone(input: $input) {
      id
      done
    }
  }
`);
