import { useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useReducer } from 'react';
import { RoomQuery } from '../graphql/room.query';
import { RoomUpdatesSubscription } from '../graphql/room-updates.subscription';
import { roomReducer } from '../utils/live-room';

/**
 * A breakout room kept live: the first read, then roomUpdates (a snapshot whenever who is here
 * changes; otherwise the notes and actions that changed). Subscribing also keeps your presence.
 */
export function useLiveRoom(sessionId: string) {
  const query = useQuery(RoomQuery, { variables: { sessionId }, fetchPolicy: 'no-cache' });
  const [room, dispatch] = useReducer(roomReducer, null);

  useEffect(() => {
    if (query.data) dispatch({ type: 'snapshot', room: query.data.room });
  }, [query.data]);

  useSubscription(RoomUpdatesSubscription, {
    variables: { sessionId },
    fetchPolicy: 'no-cache',
    // Changes apply to a room already shown: listen once the first read is in (the socket then sends a fresh snapshot).
    skip: !query.data,
    onData: ({ data }) => {
      const update = data.data?.roomUpdates;
      if (!update) return;
      if (update.snapshot) dispatch({ type: 'snapshot', room: update.snapshot });
      if (update.notes.length > 0 || update.actions.length > 0) dispatch({ type: 'changes', notes: update.notes, actions: update.actions });
    },
  });

  const { refetch } = query;
  const reload = useCallback(async () => {
    // AbortError when the room page unmounts mid-reload; a failed read shows through `error`.
    const result = await refetch().catch(() => undefined);
    if (result?.data) dispatch({ type: 'snapshot', room: result.data.room });
  }, [refetch]);

  return { room: room ?? query.data?.room ?? null, loading: query.loading && !query.data, error: query.error, reload, dispatch };
}

export type RoomDispatch = ReturnType<typeof useLiveRoom>['dispatch'];
