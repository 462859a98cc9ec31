import { graphql } from '../../../gql';

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed
  }
`);
