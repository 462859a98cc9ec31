import { graphql } from '../../../gql';

export const CreateSpaceMutation = graphql(`
  mutation CreateSpace($input: CreateSpaceInput!) {
    createSpace(input: $input) {
      id
      name
      capacity
      tags
      videoUrl
    }
  }
`);
