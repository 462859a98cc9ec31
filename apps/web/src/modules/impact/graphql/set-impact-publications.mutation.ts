import { graphql } from '../../../gql';

export const SetImpactPublicationsMutation = graphql(`
  mutation SetImpactPublications($input: SetImpactPublicationsInput!) {
    setImpactPublications(input: $input) {
      networkId
      measures
    }
  }
`);
