import type { SessionFieldsFragment, WallFieldsFragment } from '../../../gql/graphql';

type Space = WallFieldsFragment['spaces'][number];
type Slot = WallFieldsFragment['slots'][number];

/** True when version `a` is newer than `b` (versions are strings of digits, beyond Number's range). */
export const isNewer = (a: string, b: string): boolean => BigInt(a) > BigInt(b);

/** The newer of two states of one session; the current one on a tie. */
export const newest = <T extends { version: string }>(current: T, incoming: T): T =>
  isNewer(incoming.version, current.version) ? incoming : current;

export type WallAction =
  | { type: 'snapshot'; wall: WallFieldsFragment }
  | { type: 'sessions'; sessions: readonly SessionFieldsFragment[] }
  | { type: 'spaceAdded'; space: Space }
  | { type: 'spaceRemoved'; spaceId: string }
  | { type: 'slotAdded'; slot: Slot }
  | { type: 'slotRemoved'; slotId: string }
  | { type: 'starred'; sessionId: string; starred: boolean }
  | { type: 'merged'; sessionId: string; intoId: string };

/** A fresh wall replaces the grid, but never a session's newer state with an older one. */
function applySnapshot(current: WallFieldsFragment | null, snapshot: WallFieldsFragment): WallFieldsFragment {
  if (!current) return snapshot;
  const known = new Map(current.sessions.map((session) => [session.id, session]));
  const sessions = snapshot.sessions.map((session) => {
    const mine = known.get(session.id);
    return mine ? newest(mine, session) : session;
  });
  return { ...snapshot, sessions };
}

/** Changed sessions: each kept only when newer than what is shown; new ones are added. */
function applySessions(current: WallFieldsFragment, incoming: readonly SessionFieldsFragment[]): WallFieldsFragment {
  const byId = new Map(current.sessions.map((session) => [session.id, session]));
  for (const session of incoming) {
    const mine = byId.get(session.id);
    byId.set(session.id, mine ? newest(mine, session) : session);
  }
  return { ...current, sessions: [...byId.values()] };
}

const byStart = (a: Slot, b: Slot) => a.startsAt.localeCompare(b.startsAt);

export function wallReducer(state: WallFieldsFragment | null, action: WallAction): WallFieldsFragment | null {
  if (action.type === 'snapshot') return applySnapshot(state, action.wall);
  if (!state) return state;
  switch (action.type) {
    case 'sessions':
      return applySessions(state, action.sessions);
    case 'spaceAdded':
      return { ...state, spaces: [...state.spaces.filter((space) => space.id !== action.space.id), action.space] };
    case 'spaceRemoved':
      return { ...state, spaces: state.spaces.filter((space) => space.id !== action.spaceId) };
    case 'slotAdded':
      return { ...state, slots: [...state.slots.filter((slot) => slot.id !== action.slot.id), action.slot].sort(byStart) };
    case 'slotRemoved':
      return { ...state, slots: state.slots.filter((slot) => slot.id !== action.slotId) };
    case 'merged':
      return {
        ...state,
        sessions: state.sessions.map((session) =>
          session.id === action.sessionId ? { ...session, mergedIntoId: action.intoId } : session,
        ),
      };
    case 'starred': {
      const others = state.starredSessionIds.filter((id) => id !== action.sessionId);
      return { ...state, starredSessionIds: action.starred ? [...others, action.sessionId] : others };
    }
  }
}

/** Sessions still on the agenda (not merged into another). */
export const activeSessions = (wall: WallFieldsFragment) => wall.sessions.filter((session) => session.mergedIntoId === null);

/** The session placed at a cell, if any. */
export const sessionAt = (wall: WallFieldsFragment, slotId: string, spaceId: string) =>
  activeSessions(wall).find((session) => session.slotId === slotId && session.spaceId === spaceId);
