import { graphql } from '../../../gql';

export const SetActionDoneMutation = graphql(`
  mutation SetActionDone($input: SetActionDoneInput!) {
    setActionDone(input: $input) {
      ...ActionFields
    }
  }
`);
