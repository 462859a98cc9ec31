import { graphql } from '../../../gql';

// Accepting makes the viewer a convener: the refreshed fields show the convener actions.
export const RespondToCoConveningMutation = graphql(`
  mutation RespondToCoConvening($input: RespondToCoConveningInput!) {
    respondToCoConvening(input: $input) {
      ...GatheringFields
    }
  }
`);
