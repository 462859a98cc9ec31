import { graphql } from '../../../gql';

export const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      kind
      delivery
      isDefault
    }
  }
`);
