import { graphql } from '../../../gql';

export const ApplyScheduleMutation = graphql(`
  mutation ApplySchedule($input: ApplyScheduleInput!) {
    applySchedule(input: $input) {
      ...SessionFields
    }
  }
`);
