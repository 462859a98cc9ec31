import { graphql } from '../../../gql';

export const DeleteTimeSlotMutation = graphql(`
  mutation DeleteTimeSlot($input: TimeSlotIdInput!) {
    deleteTimeSlot(input: $input)
  }
`);
