import type { ActionFieldsFragment, NoteFieldsFragment, RoomFieldsFragment } from '../../../gql/graphql';
import { newest } from './live-wall';

export type RoomAction =
  | { type: 'snapshot'; room: RoomFieldsFragment }
  | { type: 'changes'; notes: readonly NoteFieldsFragment[]; actions: readonly ActionFieldsFragment[] };

/** Notes by id, each at its highest version; new ones last. */
function mergeNotes(current: readonly NoteFieldsFragment[], incoming: readonly NoteFieldsFragment[]): NoteFieldsFragment[] {
  const byId = new Map(current.map((note) => [note.id, note]));
  for (const note of incoming) {
    const mine = byId.get(note.id);
    byId.set(note.id, mine && mine.version > note.version ? mine : note);
  }
  return [...byId.values()];
}

function mergeActions(current: readonly ActionFieldsFragment[], incoming: readonly ActionFieldsFragment[]): ActionFieldsFragment[] {
  const byId = new Map(current.map((action) => [action.id, action]));
  for (const action of incoming) byId.set(action.id, action);
  return [...byId.values()];
}

export function roomReducer(state: RoomFieldsFragment | null, action: RoomAction): RoomFieldsFragment | null {
  if (action.type === 'snapshot') {
    if (!state) return action.room;
    return {
      ...action.room,
      session: newest(state.session, action.room.session),
      // Notes are never deleted: a snapshot brings new ones, and never an older version of one.
      notes: mergeNotes(state.notes, action.room.notes),
      actions: mergeActions(state.actions, action.room.actions),
    };
  }
  if (!state) return state;
  return { ...state, notes: mergeNotes(state.notes, action.notes), actions: mergeActions(state.actions, action.actions) };
}
