import { graphql } from '../../../gql';

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($input: NotificationIdInput!) {
    markNotificationRead(input: $input) {
      id
      read
    }
  }
`);
