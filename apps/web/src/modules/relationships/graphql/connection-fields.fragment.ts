import { graphql } from '../../../gql';

export const ConnectionFieldsFragment = graphql(`
  fragment ConnectionFields on Connection {
    id
    status
    closeness
    awaitsYou
    person {
      id
      displayName
    }
    gathering {
      id
      slug
      title
      startsAt
    }
    theirNetworks {
      id
      slug
      name
    }
    theirMembersOnlyNetworkCount
    sharedGatherings {
      id
      slug
      title
      startsAt
    }
    sharedConversations {
      id
      title
    }
    confirmedAt
  }
`);
