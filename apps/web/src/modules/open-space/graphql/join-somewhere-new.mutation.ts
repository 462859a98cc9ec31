import { graphql } from '../../../gql';

export const JoinSomewhereNewMutation = graphql(`
  mutation JoinSomewhereNew($input: GatheringIdInput!) {
    joinSomewhereNew(input: $input) {
      ...PresenceFields
    }
  }
`);
