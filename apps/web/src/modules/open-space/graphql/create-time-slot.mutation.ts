import { graphql } from '../../../gql';

export const CreateTimeSlotMutation = graphql(`
  mutation CreateTimeSlot($input: CreateTimeSlotInput!) {
    createTimeSlot(input: $input) {
      id
      startsAt
      endsAt
      label
    }
  }
`);
