import { graphql } from '../../../gql';

export const DeleteSpaceMutation = graphql(`
  mutation DeleteSpace($input: SpaceIdInput!) {
    deleteSpace(input: $input)
  }
`);
