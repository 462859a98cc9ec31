import { graphql } from '../../../gql';

export const NetworkReciprocityQuery = graphql(`
  query NetworkReciprocity($networkId: UUID!) {
    networkReciprocity(networkId: $networkId) {
      metForCount
      metByCount
      metFor {
        count
        network {
          id
          name
          slug
        }
      }
      metBy {
        count
        network {
          id
          name
          slug
        }
      }
    }
  }
`);
