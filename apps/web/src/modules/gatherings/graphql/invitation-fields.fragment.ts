import { graphql } from '../../../gql';

export const InvitationFieldsFragment = graphql(`
  fragment InvitationFields on GatheringInvitation {
    id
    code
    url
    gatheringId
    issuedByName
    networkName
    isExpired
  }
`);
