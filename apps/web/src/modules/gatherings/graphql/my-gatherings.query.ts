import { graphql } from '../../../gql';

export const MyGatheringsQuery = graphql(`
  query MyGatherings($past: Boolean!) {
    myGatherings(past: $past) {
      id
      slug
      title
      startsAt
      endsAt
      timeZone
      status
      viewerIsConvener
      viewerRegistration {
        id
        status
        waitlistPosition
      }
    }
  }
`);
