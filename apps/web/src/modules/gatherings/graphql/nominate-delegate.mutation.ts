import { graphql } from '../../../gql';

// A network's facilitators fill its delegate places.
export const NominateDelegateMutation = graphql(`
  mutation NominateDelegate($input: NominateDelegateInput!) {
    nominateDelegate(input: $input) {
      ...RegistrationFields
    }
  }
`);
