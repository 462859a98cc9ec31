import { graphql } from '../../../gql';

export const MyActionsQuery = graphql(`
  query MyActions {
    myActions {
      id
      what
      dueOn
      done
      sessionTitle
      gatheringId
      gatheringTitle
      gatheringSlug
    }
  }
`);
