import { useSubscription } from '@apollo/client/react';
import { InboxUpdatesSubscription } from '../graphql/inbox-updates.subscription';

/**
 * The signed-in person's inbox, live over the shared socket: the unread count and the newest
 * notification's id, first at once and then whenever either changes (in any tab or API process).
 */
export function useInboxLive(signedIn: boolean, onChange?: (update: { unreadCount: number; latestId: string | null }) => void) {
  const { data } = useSubscription(InboxUpdatesSubscription, {
    skip: !signedIn,
    fetchPolicy: 'no-cache',
    onData: ({ data: next }) => {
      const update = next.data?.inboxUpdates;
      if (update) onChange?.({ unreadCount: update.unreadCount, latestId: update.latest?.id ?? null });
    },
  });
  return { unreadCount: data?.inboxUpdates.unreadCount ?? null };
}
