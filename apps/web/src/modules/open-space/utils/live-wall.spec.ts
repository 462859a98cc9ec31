import type { SessionFieldsFragment, WallFieldsFragment } from '../../../gql/graphql';
import { activeSessions, isNewer, wallReducer } from './live-wall';

const session = (id: string, version: string, headcount: number): SessionFieldsFragment => ({
  id,
  gatheringId: 'g',
  title: id,
  description: '',
  needs: [],
  host: { id: 'h', displayName: 'Host' },
  slotId: 's',
  spaceId: 'r',
  capacity: 10,
  headcount,
  interestCount: 0,
  mergedIntoId: null,
  version,
});

const wall = (sessions: SessionFieldsFragment[]): WallFieldsFragment => ({
  gatheringId: 'g',
  gatheringStatus: 'LIVE',
  serverTime: '2026-06-13T08:00:00.000Z',
  spaces: [],
  slots: [],
  sessions,
  starredSessionIds: [],
});

describe('wallReducer', () => {
  it('compares versions as whole numbers beyond Number’s range', () => {
    expect(isNewer('9007199254740993', '9007199254740992')).toBe(true);
    expect(isNewer('10', '9')).toBe(true);
    expect(isNewer('9', '10')).toBe(false);
  });

  it('keeps the higher version of each session, whatever order changes arrive in', () => {
    let state = wallReducer(null, { type: 'snapshot', wall: wall([session('a', '5', 1)]) });
    state = wallReducer(state, { type: 'sessions', sessions: [session('a', '7', 3)] });
    state = wallReducer(state, { type: 'sessions', sessions: [session('a', '6', 2), session('b', '1', 0)] });
    expect(state?.sessions.map((s) => [s.id, s.headcount])).toEqual([
      ['a', 3],
      ['b', 0],
    ]);
  });

  it('never lets an older snapshot take a session back, but follows its grid and membership', () => {
    let state = wallReducer(null, { type: 'snapshot', wall: wall([session('a', '7', 3), session('gone', '2', 0)]) });
    state = wallReducer(state, {
      type: 'snapshot',
      wall: { ...wall([session('a', '6', 2)]), slots: [{ id: 's', startsAt: 'x', endsAt: 'y', label: null }] },
    });
    expect(state?.sessions).toEqual([session('a', '7', 3)]);
    expect(state?.slots).toHaveLength(1);
  });

  it('leaves merged sessions off the agenda', () => {
    let state = wallReducer(null, { type: 'snapshot', wall: wall([session('a', '1', 0), session('b', '1', 0)]) });
    state = wallReducer(state, { type: 'merged', sessionId: 'a', intoId: 'b' });
    expect(state && activeSessions(state).map((s) => s.id)).toEqual(['b']);
  });
});
