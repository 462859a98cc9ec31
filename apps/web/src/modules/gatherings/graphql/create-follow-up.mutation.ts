import { graphql } from '../../../gql';

export const CreateFollowUpMutation = graphql(`
  mutation CreateFollowUp($input: CreateFollowUpInput!) {
    createFollowUp(input: $input) {
      ...GatheringFields
    }
  }
`);
