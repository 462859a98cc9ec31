import { graphql } from '../../../gql';

export const MergeSessionsMutation = graphql(`
  mutation MergeSessions($input: MergeSessionsInput!) {
    mergeSessions(input: $input) {
      ...SessionFields
    }
  }
`);
