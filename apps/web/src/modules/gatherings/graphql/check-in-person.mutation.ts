import { graphql } from '../../../gql';

// Conveners: tick a person in, or take a tick back.
export const CheckInPersonMutation = graphql(`
  mutation CheckInPerson($input: RegistrationIdInput!) {
    checkInPerson(input: $input) {
      ...RegistrationFields
    }
  }
`);

export const UndoCheckInMutation = graphql(`
  mutation UndoCheckIn($input: RegistrationIdInput!) {
    undoCheckIn(input: $input) {
      ...RegistrationFields
    }
  }
`);
