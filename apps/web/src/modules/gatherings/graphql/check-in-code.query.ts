import { graphql } from '../../../gql';

// Conveners only: the code made when first asked for.
export const CheckInCodeQuery = graphql(`
  query CheckInCode($gatheringId: UUID!) {
    checkInCode(gatheringId: $gatheringId) {
      gatheringId
      code
      path
    }
  }
`);
