import { graphql } from '../../../gql';

export const RegistrationFieldsFragment = graphql(`
  fragment RegistrationFields on Registration {
    id
    gatheringId
    personId
    personName
    status
    waitlistPosition
    accessNeeds
    shareAccessNeeds
    representingNetworkIds
    checkIn {
      method
      checkedInAt
    }
  }
`);
