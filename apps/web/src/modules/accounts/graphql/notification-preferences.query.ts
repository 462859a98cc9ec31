import { graphql } from '../../../gql';

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      delivery
      isDefault
    }
  }
`);
