import { graphql } from '../../../gql';

export const ListNetworkMutation = graphql(`
  mutation ListNetwork($input: ListNetworkInput!) {
    listNetwork(input: $input) {
      id
      slug
      name
    }
  }
`);
