import type { MockLink } from '@apollo/client/testing';
import type {
  ActionFieldsFragment,
  NoteFieldsFragment,
  RoomFieldsFragment,
  SessionFieldsFragment,
  WallFieldsFragment,
} from '../../../gql/graphql';
import { RoomQuery } from '../graphql/room.query';
import { RoomUpdatesSubscription } from '../graphql/room-updates.subscription';
import { WallQuery } from '../graphql/wall.query';
import { WallUpdatesSubscription } from '../graphql/wall-updates.subscription';

type Typed<T> = T & { __typename: string };

const ada = { __typename: 'PersonName', id: 'person-1', displayName: 'Ada Lovelace' };
const grace = { __typename: 'PersonName', id: 'person-2', displayName: 'Grace Hopper' };
export const people = { ada, grace };

export function aSession(overrides: Partial<SessionFieldsFragment> = {}): Typed<SessionFieldsFragment> {
  return {
    __typename: 'Session',
    id: 'session-1',
    gatheringId: 'gathering-1',
    title: 'Seed swaps',
    description: 'Sharing seeds between networks.',
    needs: ['STEP_FREE'],
    host: grace,
    slotId: 'slot-1',
    spaceId: 'space-1',
    capacity: 10,
    headcount: 3,
    interestCount: 2,
    mergedIntoId: null,
    version: '9007199254740993',
    ...overrides,
  };
}

export const hall = { __typename: 'Space', id: 'space-1', name: 'Great Hall', capacity: 10, tags: ['STEP_FREE' as const], videoUrl: null };
export const online = {
  __typename: 'Space',
  id: 'space-2',
  name: 'Online room',
  capacity: 20,
  tags: ['ONLINE' as const],
  videoUrl: 'https://meet.example.org/weave-online-room',
};
export const morning = {
  __typename: 'TimeSlot',
  id: 'slot-1',
  startsAt: '2026-06-13T09:00:00.000Z',
  endsAt: '2026-06-13T10:00:00.000Z',
  label: null,
};

export function aWall(overrides: Partial<WallFieldsFragment> = {}): Typed<WallFieldsFragment> {
  return {
    __typename: 'Wall',
    gatheringId: 'gathering-1',
    gatheringStatus: 'LIVE',
    serverTime: '2026-06-13T08:30:00.000Z',
    spaces: [hall, online],
    slots: [morning],
    sessions: [aSession()],
    starredSessionIds: [],
    ...overrides,
  };
}

export const emptyWall = () => aWall({ spaces: [], slots: [], sessions: [] });

export function wallMock(
  wall: Typed<WallFieldsFragment> | null,
  options: { delay?: number; error?: boolean } = {},
): MockLink.MockedResponse {
  return {
    request: { query: WallQuery, variables: { gatheringId: 'gathering-1' } },
    result: options.error ? { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } : { data: { wall } },
    delay: options.delay,
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** One wallUpdates message (or none, with delay Infinity: a socket that stays quiet). */
export function wallUpdatesMock(
  update: { snapshot?: Typed<WallFieldsFragment>; sessions?: Typed<SessionFieldsFragment>[] } | null,
  delay = 20,
): MockLink.MockedResponse {
  return {
    request: { query: WallUpdatesSubscription, variables: { gatheringId: 'gathering-1' } },
    result: { data: { wallUpdates: { __typename: 'WallUpdate', snapshot: update?.snapshot ?? null, sessions: update?.sessions ?? [] } } },
    delay: update ? delay : Number.POSITIVE_INFINITY,
  };
}

export function aNote(overrides: Partial<NoteFieldsFragment> = {}): Typed<NoteFieldsFragment> {
  return {
    __typename: 'Note',
    id: 'note-1',
    sessionId: 'session-1',
    text: 'Swap boxes in every library.',
    author: ada,
    version: 1,
    createdAt: '2026-06-13T09:10:00.000Z',
    updatedAt: '2026-06-13T09:10:00.000Z',
    ...overrides,
  };
}

export function anAction(overrides: Partial<ActionFieldsFragment> = {}): Typed<ActionFieldsFragment> {
  return {
    __typename: 'Action',
    id: 'action-1',
    sessionId: 'session-1',
    what: 'Write to the libraries',
    ownerName: 'Grace Hopper',
    ownerId: null,
    dueOn: '2026-07-01',
    done: false,
    createdAt: '2026-06-13T09:20:00.000Z',
    ...overrides,
  };
}

type RoomSession = RoomFieldsFragment['session'];

/** A room's session, placed in the Great Hall at 10:00 London time unless told otherwise. */
export function aRoomSession(overrides: Partial<RoomSession> = {}): Typed<RoomSession> {
  return { ...aSession(), space: hall, slot: morning, ...overrides };
}

export function aRoom(overrides: Partial<RoomFieldsFragment> = {}): Typed<RoomFieldsFragment> {
  return {
    __typename: 'Room',
    gatheringStatus: 'LIVE',
    session: aRoomSession(),
    people: [grace, ada],
    whoCame: [grace, ada],
    notes: [aNote()],
    actions: [anAction()],
    ...overrides,
  };
}

export function roomMock(room: Typed<RoomFieldsFragment> | null, result?: object): MockLink.MockedResponse {
  return {
    request: { query: RoomQuery, variables: { sessionId: room?.session.id ?? 'session-1' } },
    result: result ?? { data: { room } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function roomUpdatesMock(
  update: { snapshot?: Typed<RoomFieldsFragment>; notes?: Typed<NoteFieldsFragment>[]; actions?: Typed<ActionFieldsFragment>[] } | null,
  delay = 20,
  sessionId = 'session-1',
): MockLink.MockedResponse {
  return {
    request: { query: RoomUpdatesSubscription, variables: { sessionId } },
    result: {
      data: {
        roomUpdates: {
          __typename: 'RoomUpdate',
          snapshot: update?.snapshot ?? null,
          notes: update?.notes ?? [],
          actions: update?.actions ?? [],
        },
      },
    },
    delay: update ? delay : Number.POSITIVE_INFINITY,
  };
}

/** An open-space CONFLICT as the API sends it: the English message, the reason, and what it names. */
export function aConflict(reason: string, message: string, detail?: string) {
  return { errors: [{ message, extensions: { code: 'CONFLICT', reason, ...(detail === undefined ? {} : { detail }) } }] };
}
