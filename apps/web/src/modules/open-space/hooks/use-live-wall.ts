import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useReducer } from 'react';
import { WallQuery } from '../graphql/wall.query';
import { WallUpdatesSubscription } from '../graphql/wall-updates.subscription';
import { wallReducer } from '../utils/live-wall';

/**
 * The wall of a gathering, kept live: the first read, then wallUpdates (a snapshot, then changed
 * sessions). The state lives here rather than in the Apollo cache so that every write goes through
 * one rule: a session's older version never replaces a newer one.
 */
export function useLiveWall(gatheringId: string) {
  // no-cache: the query's answer changes only when it is read again, never behind the reducer's back.
  const query = useQuery(WallQuery, { variables: { gatheringId }, fetchPolicy: 'no-cache' });
  const [wall, dispatch] = useReducer(wallReducer, null);

  useEffect(() => {
    if (query.data) dispatch({ type: 'snapshot', wall: query.data.wall });
  }, [query.data]);

  useSubscription(WallUpdatesSubscription, {
    variables: { gatheringId },
    fetchPolicy: 'no-cache',
    // Changes apply to a wall already shown: listen once the first read is in (the socket then sends a fresh snapshot).
    skip: !query.data,
    onData: ({ data }) => {
      const update = data.data?.wallUpdates;
      if (!update) return;
      if (update.snapshot) dispatch({ type: 'snapshot', wall: update.snapshot });
      if (update.sessions.length > 0) dispatch({ type: 'sessions', sessions: update.sessions });
    },
  });

  return {
    wall: wall ?? query.data?.wall ?? null,
    loading: query.loading && !query.data,
    error: query.error,
    refetch: query.refetch,
    dispatch,
  };
}

export type WallDispatch = ReturnType<typeof useLiveWall>['dispatch'];
