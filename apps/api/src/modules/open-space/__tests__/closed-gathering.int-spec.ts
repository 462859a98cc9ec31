import { liveSubscription } from '../../../test/live-client.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { JOIN, openSpaceDay, PLACE, PROPOSE, registered, STATUS } from './open-space-fixture.js';

const ROOM = `query($id: UUID!) { room(sessionId: $id) {
  session { id title } people { displayName } whoCame { displayName } notes { id text version } actions { id what done } } }`;
const ROOM_UPDATES = `subscription($id: UUID!) { roomUpdates(sessionId: $id) { snapshot { notes { text } whoCame { displayName } } } }`;
const WALL = 'query($id: UUID!) { wall(gatheringId: $id) { sessions { id title } } }';
const WALL_UPDATES = 'subscription($id: UUID!) { wallUpdates(gatheringId: $id) { snapshot { sessions { id } } } }';
const ADD_NOTE = 'mutation($input: AddNoteInput!) { addNote(input: $input) { id version } }';
const EDIT_NOTE = 'mutation($input: EditNoteInput!) { editNote(input: $input) { id } }';
const ADD_ACTION = 'mutation($input: AddActionInput!) { addAction(input: $input) { id } }';
const ACTION_DONE = 'mutation($input: SetActionDoneInput!) { setActionDone(input: $input) { id } }';
const STAR = 'mutation($input: StarSessionInput!) { starSession(input: $input) { id } }';
const LEAVE = 'mutation($input: GatheringIdInput!) { leaveRoom(input: $input) { gatheringId } }';

type Room = {
  room: {
    session: { title: string };
    people: { displayName: string }[];
    whoCame: { displayName: string }[];
    notes: { id: string; text: string; version: string }[];
    actions: { id: string; what: string; done: boolean }[];
  };
};

describe('a closed gathering stays readable: its wall, rooms and board, for everyone who could read them', () => {
  let t: TestApp;
  let connor: TestPerson;
  let ana: TestPerson;
  let ben: TestPerson;
  let gatheringId: string;
  let sessionId: string;
  let noteId: string;
  let noteVersion: string;
  let actionId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const day = await openSpaceDay(t, [{ name: 'Garden', capacity: 10 }], 1);
    ({ connor, gatheringId } = day);
    ana = await registered(t, gatheringId, 'Ana Host');
    ben = await registered(t, gatheringId, 'Ben Walker');
    sessionId = (
      await ana.client.data<{ proposeSession: { id: string } }>(PROPOSE, { input: { gatheringId, title: 'Food and belonging' } })
    ).proposeSession.id;
    await ana.client.data(PLACE, { input: { sessionId, slotId: day.slotIds[0], spaceId: day.spaceIds[0] } });
    await connor.client.data(STATUS, { input: { gatheringId, status: 'LIVE' } });
    await ana.client.data(JOIN, { input: { sessionId } });
    await ben.client.data(JOIN, { input: { sessionId } });
    await ben.client.data(LEAVE, { input: { gatheringId } });
    ({ id: noteId, version: noteVersion } = (
      await ana.client.data<{ addNote: { id: string; version: string } }>(ADD_NOTE, {
        input: { sessionId, text: 'Shared meals build trust' },
      })
    ).addNote);
    actionId = (
      await ana.client.data<{ addAction: { id: string } }>(ADD_ACTION, {
        input: { sessionId, what: 'Write up the recipes', ownerName: 'Ana Host' },
      })
    ).addAction.id;
    await connor.client.data(STATUS, { input: { gatheringId, status: 'CLOSED' } });
  }, 60_000);
  afterAll(() => t.close());

  it('participants and conveners read a room of a closed gathering: notes, actions and who came', async () => {
    for (const reader of [ana, ben, connor]) {
      const { room } = await reader.client.data<Room>(ROOM, { id: sessionId });
      expect(room.session.title).toBe('Food and belonging');
      expect(room.notes.map((n) => n.text)).toEqual(['Shared meals build trust']);
      expect(room.actions.map((a) => a.what)).toEqual(['Write up the recipes']);
      // Ben left before the close; he came all the same.
      expect(room.whoCame.map((p) => p.displayName).sort()).toEqual(['Ana Host', 'Ben Walker']);
    }
  });

  it('the room stays closed to whoever could not read it before: outsiders FORBIDDEN, signed-out UNAUTHENTICATED', async () => {
    const outsider = await t.newPerson();
    expect((await outsider.client.error(ROOM, { id: sessionId })).code).toBe('FORBIDDEN');
    expect((await t.client().error(ROOM, { id: sessionId })).code).toBe('UNAUTHENTICATED');
  });

  it('the live room and the live wall still open after the close (first snapshot), without anyone being put in the room', async () => {
    const room = liveSubscription<{ roomUpdates: { snapshot: { notes: { text: string }[] } | null } }>(
      t,
      ben.client.cookieHeader,
      ROOM_UPDATES,
      { id: sessionId },
    );
    const wall = liveSubscription<{ wallUpdates: { snapshot: { sessions: { id: string }[] } | null } }>(
      t,
      ben.client.cookieHeader,
      WALL_UPDATES,
      { id: gatheringId },
    );
    try {
      const first = await room.until((u) => u.roomUpdates.snapshot !== null);
      expect(first.roomUpdates.snapshot!.notes.map((n) => n.text)).toEqual(['Shared meals build trust']);
      const board = await wall.until((u) => u.wallUpdates.snapshot !== null);
      expect(board.wallUpdates.snapshot!.sessions.map((s) => s.id)).toEqual([sessionId]);
      expect(room.errors).toEqual([]);
    } finally {
      await room.close();
      await wall.close();
    }
  });

  it('the wall (and so the board) reads for anyone who may see the gathering, signed in or not', async () => {
    for (const client of [t.client(), ben.client, connor.client]) {
      expect((await client.data<{ wall: { sessions: { title: string }[] } }>(WALL, { id: gatheringId })).wall.sessions).toEqual([
        { id: sessionId, title: 'Food and belonging' },
      ]);
    }
  });

  it('every write is still refused with the reason, for participants and conveners alike', async () => {
    const writes: [TestPerson, string, Record<string, unknown>][] = [
      [ana, ADD_NOTE, { input: { sessionId, text: 'Too late' } }],
      [connor, ADD_NOTE, { input: { sessionId, text: 'Too late' } }],
      [ana, EDIT_NOTE, { input: { noteId, text: 'Changed', expectedVersion: noteVersion } }],
      [connor, EDIT_NOTE, { input: { noteId, text: 'Changed', expectedVersion: noteVersion } }],
      [ana, ADD_ACTION, { input: { sessionId, what: 'Too late', ownerName: 'Ana' } }],
      [ben, STAR, { input: { sessionId, starred: true } }],
      [ben, JOIN, { input: { sessionId } }],
      [ben, PROPOSE, { input: { gatheringId, title: 'Too late' } }],
    ];
    for (const [who, mutation, variables] of writes) {
      const error = await who.client.error(mutation, variables);
      expect({ code: error.code, reason: error.extensions?.reason }).toEqual({ code: 'CONFLICT', reason: 'GatheringClosed' });
      expect(error.message).toMatch(/can be read but not changed/);
    }
    const { room } = await ana.client.data<Room>(ROOM, { id: sessionId });
    expect(room.notes.map((n) => n.text)).toEqual(['Shared meals build trust']);
    expect(room.actions.map((a) => a.done)).toEqual([false]);
    // Actions live on after the day: marking one done is the one change a closed gathering takes.
    await ana.client.data(ACTION_DONE, { input: { actionId, done: true } });
    const after = await ana.client.data<Room>(ROOM, { id: sessionId });
    expect(after.room.actions.map((a) => a.done)).toEqual([true]);
  });
});
