import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** The cache, with its type policies: shared by the app and the tests' mocked provider. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // One per kind for the signed-in person: a saved choice updates the settings page's list.
      NotificationPreference: { keyFields: ['kind'] },
      // One per gathering and stage: an answer sent updates the form (and its "thank you").
      FeedbackForm: { keyFields: ['gatheringId', 'stage'] },
      Query: {
        fields: {
          // "Show more" appends pages; each search, filter and sort is its own list.
          networks: relayStylePagination(['search', 'filter', 'sort']),
          // The inbox's "show older" appends pages.
          notifications: relayStylePagination(['unreadOnly']),
          // Every other cursor list's "show more" appends pages the same way (each filter its own list).
          conversations: relayStylePagination(['following', 'gatheringId', 'networkId']),
          asksOffers: relayStylePagination(['filter']),
          peopleMet: relayStylePagination(false),
        },
      },
    },
  });
}
