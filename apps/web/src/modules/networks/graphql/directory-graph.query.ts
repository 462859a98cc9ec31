import { graphql } from '../../../gql';

export const DirectoryGraphQuery = graphql(`
  query DirectoryGraph($search: String, $filter: NetworkFilter) {
    directoryGraph(search: $search, filter: $filter) {
      ...NetworkGraphFields
    }
  }
`);
