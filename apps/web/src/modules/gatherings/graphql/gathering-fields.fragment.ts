import { graphql } from '../../../gql';

// Everything the gathering page, its register panel and the edit form read.
export const GatheringFieldsFragment = graphql(`
  fragment GatheringFields on Gathering {
    id
    slug
    title
    purpose
    format
    venue
    onlineUrl
    startsAt
    endsAt
    timeZone
    capacity
    placesLeft
    registrationMode
    accessFeatures
    accessNotes
    status
    viewerIsConvener
    convenedBy {
      ...NetworkSummaryFields
    }
    viewerRegistration {
      ...RegistrationFields
    }
    followsUp {
      ...GatheringLinkFields
    }
    followedUpBy {
      ...GatheringLinkFields
    }
  }
`);

export const GatheringLinkFieldsFragment = graphql(`
  fragment GatheringLinkFields on GatheringLink {
    id
    slug
    title
    startsAt
    status
  }
`);
