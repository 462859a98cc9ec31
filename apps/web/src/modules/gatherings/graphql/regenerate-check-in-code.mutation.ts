import { graphql } from '../../../gql';

export const RegenerateCheckInCodeMutation = graphql(`
  mutation RegenerateCheckInCode($input: GatheringIdInput!) {
    regenerateCheckInCode(input: $input) {
      gatheringId
      code
      path
    }
  }
`);
