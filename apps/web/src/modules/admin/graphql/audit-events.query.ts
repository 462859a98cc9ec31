import { graphql } from '../../../gql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($first: Int!, $after: String, $action: AuditAction) {
    auditEvents(first: $first, after: $after, action: $action) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          subjectType
          subjectId
          subjectName
          detail
          mentions {
            key
            name
          }
          createdAt
          actor {
            id
            displayName
          }
        }
      }
    }
  }
`);
