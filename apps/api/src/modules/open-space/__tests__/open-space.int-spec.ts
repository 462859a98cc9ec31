import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { RoomsService } from '../rooms.service.js';
import { JOIN, openSpaceDay, PLACE, PROPOSE, registered, SPACE, STATUS } from './open-space-fixture.js';

const WALL = `query($id: UUID!) { wall(gatheringId: $id) {
  spaces { id name capacity tags videoUrl } slots { id label }
  sessions { id title host { displayName } slotId spaceId capacity headcount interestCount version }
  starredSessionIds } }`;
type Wall = {
  wall: {
    spaces: { id: string; name: string; videoUrl: string | null }[];
    sessions: { id: string; title: string; slotId: string | null; headcount: number; interestCount: number; version: string }[];
    starredSessionIds: string[];
  };
};

describe('open space: the wall, rooms, notes and actions', () => {
  let t: TestApp;
  let connor: TestPerson;
  let gatheringId: string;
  let garden: string;
  let hall: string;
  let online: string;
  let morning: string;
  let afternoon: string;
  let ana: TestPerson;
  let ben: TestPerson;
  const propose = async (who: TestPerson, title: string) =>
    (await who.client.data<{ proposeSession: { id: string } }>(PROPOSE, { input: { gatheringId, title } })).proposeSession.id;

  beforeAll(async () => {
    t = await createTestApp({ config: { openSpace: { videoCallBaseUrl: 'https://calls.example.org', presenceTimeoutSeconds: 60 } } });
    ({
      connor,
      gatheringId,
      spaceIds: [garden, hall, online],
      slotIds: [morning, afternoon],
    } = await openSpaceDay(t, [
      { name: 'Garden', capacity: 2, tags: ['STEP_FREE'] },
      { name: 'Hall', capacity: 30 },
      { name: 'Online', capacity: 10, tags: ['ONLINE'], videoRoom: 'weave-online-1' },
    ]));
    ana = await registered(t, gatheringId, 'Ana Host');
    ben = await registered(t, gatheringId, 'Ben Walker');
  });
  afterAll(() => t.close());

  it('lets conveners set up the grid, with a video link for an online space; others may not', async () => {
    const wall = await ana.client.data<Wall>(WALL, { id: gatheringId });
    expect(wall.wall.spaces.map((s) => s.name)).toEqual(['Garden', 'Hall', 'Online']);
    expect(wall.wall.spaces[2].videoUrl).toBe('https://calls.example.org/weave-online-1'); // for participants (see video-links)
    expect((await ana.client.error(SPACE, { input: { gatheringId, name: 'Kitchen', capacity: 5 } })).code).toBe('FORBIDDEN');
    const twice = await connor.client.error(SPACE, { input: { gatheringId, name: 'garden', capacity: 5 } });
    expect(twice).toMatchObject({ code: 'CONFLICT', extensions: { fields: { name: 'Choose another name.' } } });
    const zero = await connor.client.error(SPACE, { input: { gatheringId, name: 'Cupboard', capacity: 0 } });
    expect(zero.extensions?.fields).toEqual({ capacity: 'A space holds at least 1 person.' });
    const backwards = await connor.client.error('mutation($input: CreateTimeSlotInput!) { createTimeSlot(input: $input) { id } }', {
      input: { gatheringId, startsAt: '2027-05-01T12:00:00Z', endsAt: '2027-05-01T11:00:00Z' },
    });
    expect(backwards.extensions?.fields).toEqual({ endsAt: 'The end must be after the start.' });
  });

  it('lets registered participants propose sessions; not people without a place', async () => {
    const outsider = await t.newPerson();
    const refused = await outsider.client.error(PROPOSE, { input: { gatheringId, title: 'Gatecrashing' } });
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/Register for this gathering/);
    const { proposeSession } = await ana.client.data<{ proposeSession: { host: { displayName: string } } }>(PROPOSE, {
      input: { gatheringId, title: 'Food and belonging', needs: ['STEP_FREE'] },
    });
    expect(proposeSession.host.displayName).toBe('Ana Host');
    expect((await ana.client.error(PROPOSE, { input: { gatheringId, title: 'x' } })).extensions?.fields).toEqual({
      title: 'Give the session a title of at least 3 characters.',
    });
  });

  it('places sessions: one per cell, a host in one place per slot, each refused with a clear CONFLICT', async () => {
    const first = await propose(ana, 'Who is missing from the room?');
    const second = await propose(ana, 'Money and trust');
    const bens = await propose(ben, 'Walking meetings');
    await ana.client.data(PLACE, { input: { sessionId: first, slotId: morning, spaceId: garden } });
    const taken = await ben.client.error(PLACE, { input: { sessionId: bens, slotId: morning, spaceId: garden } });
    expect(taken).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('“Who is missing from the room?” is already in that space'),
      extensions: { reason: 'CellTaken', detail: 'Who is missing from the room?' },
    });
    const clash = await ana.client.error(PLACE, { input: { sessionId: second, slotId: morning, spaceId: hall } });
    expect(clash).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already hosting “Who is missing from the room?”'),
      extensions: { reason: 'HostClash', detail: 'Who is missing from the room?' },
    });
    expect((await ben.client.error(PLACE, { input: { sessionId: second, slotId: afternoon, spaceId: hall } })).code).toBe('FORBIDDEN');
    // The convener may place anyone's session.
    const placed = await connor.client.data<{
      placeSession: {
        capacity: number;
        space: { name: string; videoUrl: string | null };
        slot: { startsAt: string; label: string | null };
      };
    }>(
      `mutation($input: PlaceSessionInput!) { placeSession(input: $input) {
          capacity space { name videoUrl } slot { startsAt label } } }`,
      { input: { sessionId: second, slotId: afternoon, spaceId: hall } },
    );
    // A placed session says where and when it runs (the room page needs no wall for that).
    expect(placed.placeSession).toEqual({
      capacity: 30,
      space: { name: 'Hall', videoUrl: null },
      slot: { startsAt: '2027-05-01T11:00:00.000Z', label: 'Round 2' },
    });
  });

  it('refuses the same free cell to two people placing at once: exactly one wins', async () => {
    const [x, y] = [await propose(ana, 'Race A'), await propose(ben, 'Race B')];
    const results = await Promise.all([
      ana.client.request(PLACE, { input: { sessionId: x, slotId: afternoon, spaceId: online } }),
      ben.client.request(PLACE, { input: { sessionId: y, slotId: afternoon, spaceId: online } }),
    ]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.find((r) => r.errors)?.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('stars: counted once per person, shown as yours, and moves the version', async () => {
    const id = await propose(ben, 'Stars please');
    const STAR = 'mutation($input: StarSessionInput!) { starSession(input: $input) { interestCount version } }';
    const once = await ana.client.data<{ starSession: { interestCount: number; version: string } }>(STAR, {
      input: { sessionId: id, starred: true },
    });
    const twice = await ana.client.data<{ starSession: { interestCount: number; version: string } }>(STAR, {
      input: { sessionId: id, starred: true },
    });
    expect([once.starSession.interestCount, twice.starSession.interestCount]).toEqual([1, 1]);
    const wall = await ana.client.data<Wall>(WALL, { id: gatheringId });
    expect(wall.wall.starredSessionIds).toContain(id);
    const off = await ana.client.data<{ starSession: { interestCount: number; version: string } }>(STAR, {
      input: { sessionId: id, starred: false },
    });
    expect(off.starSession.interestCount).toBe(0);
    expect(BigInt(off.starSession.version)).toBeGreaterThan(BigInt(once.starSession.version));
  });

  describe('rooms', () => {
    let small: string;
    let big: string;
    beforeAll(async () => {
      small = await propose(connor, 'Small circle');
      big = await propose(connor, 'Big circle');
      await connor.client.data(PLACE, { input: { sessionId: small, slotId: afternoon, spaceId: garden } });
      await connor.client.data(PLACE, { input: { sessionId: big, slotId: morning, spaceId: hall } });
    });

    it('open only once the gathering is live', async () => {
      expect((await ana.client.error(JOIN, { input: { sessionId: small } })).message).toMatch(/open when the conveners start/);
      await connor.client.data(STATUS, { input: { gatheringId, status: 'LIVE' } });
    });

    it('moves a person in one step (law of two feet) and refuses a full room', async () => {
      await ana.client.data(JOIN, { input: { sessionId: big } });
      const moved = await ana.client.data<{ joinRoom: { session: { id: string; headcount: number } } }>(JOIN, {
        input: { sessionId: small },
      });
      expect(moved.joinRoom.session).toEqual({ id: small, headcount: 1 });
      const counts = await t.dataSource.query(`SELECT id, headcount FROM agenda_sessions WHERE id = ANY($1::uuid[]) ORDER BY title`, [
        [big, small],
      ]);
      expect(counts.map((c: { headcount: number }) => c.headcount)).toEqual([0, 1]);
      await ben.client.data(JOIN, { input: { sessionId: small } });
      const carl = await registered(t, gatheringId, 'Carl');
      const full = await carl.client.error(JOIN, { input: { sessionId: small } });
      expect(full).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'RoomFull' } });
      expect(full.message).toMatch(/This room is full/);
    });

    it('refuses people without a place, and sessions not on the wall', async () => {
      const outsider = await t.newPerson();
      expect((await outsider.client.error(JOIN, { input: { sessionId: big } })).code).toBe('FORBIDDEN');
      const unplaced = await propose(ana, 'Not yet on the wall');
      expect((await ana.client.error(JOIN, { input: { sessionId: unplaced } })).extensions?.reason).toBe('NotPlaced');
    });

    it('keeps the rooms of a draft gathering hidden from all but those preparing it', async () => {
      await t.dataSource.query(`UPDATE gatherings SET status = 'draft' WHERE id = $1`, [gatheringId]);
      try {
        expect((await ana.client.error(JOIN, { input: { sessionId: big } })).code).toBe('NOT_FOUND');
        expect((await connor.client.error(JOIN, { input: { sessionId: big } })).extensions?.reason).toBe('NotLive');
      } finally {
        await t.dataSource.query(`UPDATE gatherings SET status = 'live' WHERE id = $1`, [gatheringId]);
      }
    });

    it('takes an empty session off the wall, never one with people in its room', async () => {
      const UNPLACE = 'mutation($input: SessionIdInput!) { unplaceSession(input: $input) { slotId space { name } } }';
      const occupied = await connor.client.error(UNPLACE, { input: { sessionId: small } });
      expect(occupied).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'RoomNotEmpty' } });
      expect(occupied.message).toMatch(/People are in this room now/);
      const empty = await propose(ben, 'Briefly on the wall');
      await ben.client.data(PLACE, { input: { sessionId: empty, slotId: morning, spaceId: online } });
      expect(await ben.client.data(UNPLACE, { input: { sessionId: empty } })).toEqual({ unplaceSession: { slotId: null, space: null } });
    });

    it('shows who is here to participants, and lets them leave', async () => {
      const ROOM = 'query($id: UUID!) { room(sessionId: $id) { session { headcount } people { displayName } } }';
      const room = await ben.client.data<{ room: { people: { displayName: string }[] } }>(ROOM, { id: small });
      expect(room.room.people.map((p) => p.displayName).sort()).toEqual(['Ana Host', 'Ben Walker']);
      expect((await (await t.newPerson()).client.error(ROOM, { id: small })).code).toBe('FORBIDDEN');
      await ben.client.data('mutation($input: GatheringIdInput!) { leaveRoom(input: $input) { session { id } } }', {
        input: { gatheringId },
      });
      const after = await ben.client.data<{ myPresence: { session: null } }>(
        'query($id: UUID!) { myPresence(gatheringId: $id) { session { id } } }',
        {
          id: gatheringId,
        },
      );
      expect(after.myPresence.session).toBeNull();
    });

    it('"somewhere new" picks a room in your slot with space, where you know fewest people', async () => {
      // Ana is in the small circle (afternoon); the other afternoon rooms with space are where she can go.
      const NEW = 'mutation($input: GatheringIdInput!) { joinSomewhereNew(input: $input) { session { id slotId } } }';
      const moved = await ana.client.data<{ joinSomewhereNew: { session: { id: string; slotId: string } } }>(NEW, {
        input: { gatheringId },
      });
      expect(moved.joinSomewhereNew.session.slotId).toBe(afternoon);
      expect(moved.joinSomewhereNew.session.id).not.toBe(small);
    });

    it('ends the presence of someone silent past the timeout, and frees the place', async () => {
      await ben.client.data(JOIN, { input: { sessionId: small } });
      await t.dataSource.query(`UPDATE presences SET last_seen_at = now() - interval '5 minutes' WHERE person_id = $1`, [ben.id]);
      expect(await t.app.get(RoomsService).refreshAndSweep()).toBe(1);
      const [row] = await t.dataSource.query(`SELECT headcount FROM agenda_sessions WHERE id = $1`, [small]);
      expect(row.headcount).toBe(0);
    });

    it('keeps notes side by side, and refuses an edit made over someone else’s', async () => {
      const ADD = 'mutation($input: AddNoteInput!) { addNote(input: $input) { id version text author { displayName } } }';
      const EDIT = 'mutation($input: EditNoteInput!) { editNote(input: $input) { version text } }';
      const [a, b] = await Promise.all([
        ana.client.data<{ addNote: { id: string; version: number } }>(ADD, { input: { sessionId: big, text: 'Trust takes time' } }),
        ben.client.data<{ addNote: { id: string } }>(ADD, { input: { sessionId: big, text: 'Meet where people already are' } }),
      ]);
      expect(a.addNote.id).not.toBe(b.addNote.id);
      const edited = await ana.client.data<{ editNote: { version: number } }>(EDIT, {
        input: { noteId: a.addNote.id, text: 'Trust takes time, and food', expectedVersion: 1 },
      });
      expect(edited.editNote.version).toBe(2);
      const stale = await connor.client.error(EDIT, { input: { noteId: a.addNote.id, text: 'Overwrite', expectedVersion: 1 } });
      expect(stale).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'NoteChanged' } });
      expect((await ben.client.error(EDIT, { input: { noteId: a.addNote.id, text: 'Mine now', expectedVersion: 2 } })).code).toBe(
        'FORBIDDEN',
      );
    });

    it('records actions with an owner and a due date', async () => {
      const ADD = 'mutation($input: AddActionInput!) { addAction(input: $input) { id what ownerName dueOn done } }';
      const { addAction } = await ben.client.data<{ addAction: { id: string; dueOn: string } }>(ADD, {
        input: { sessionId: big, what: 'Map the food banks', ownerName: 'Ben Walker', dueOn: '2027-06-01' },
      });
      expect(addAction.dueOn).toBe('2027-06-01');
      expect(
        (await ben.client.error(ADD, { input: { sessionId: big, what: 'x', ownerName: 'Ben', dueOn: 'soon' } })).extensions?.fields,
      ).toEqual({
        what: 'Say what will be done, in at least 3 characters.',
        dueOn: 'Enter a date such as 2026-12-01.',
      });
    });

    it('lets only an action’s owner, whoever recorded it and the conveners mark it done', async () => {
      const ADD = 'mutation($input: AddActionInput!) { addAction(input: $input) { id } }';
      const DONE = 'mutation($input: SetActionDoneInput!) { setActionDone(input: $input) { done } }';
      const cat = await registered(t, gatheringId, 'Cat Onlooker');
      const { addAction } = await ben.client.data<{ addAction: { id: string } }>(ADD, {
        input: { sessionId: big, what: 'Write to the council', ownerName: 'Ana Host', ownerId: ana.id },
      });
      const input = (done: boolean) => ({ input: { actionId: addAction.id, done } });
      const stored = async () =>
        (await t.dataSource.query(`SELECT done FROM session_actions WHERE id = $1`, [addAction.id]))[0].done as boolean;

      // Another participant, however much they take part, may not; nor may someone signed out.
      const refused = await cat.client.error(DONE, input(true));
      expect(refused).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'NotActionOwner' } });
      expect((await t.client().error(DONE, input(true))).code).toBe('UNAUTHENTICATED');
      expect(await stored()).toBe(false);

      expect((await ana.client.data<{ setActionDone: { done: boolean } }>(DONE, input(true))).setActionDone.done).toBe(true); // owner
      expect((await ben.client.data<{ setActionDone: { done: boolean } }>(DONE, input(false))).setActionDone.done).toBe(false); // author
      expect((await connor.client.data<{ setActionDone: { done: boolean } }>(DONE, input(true))).setActionDone.done).toBe(true); // convener
      expect(await stored()).toBe(true);
      expect((await cat.client.error(DONE, input(false))).code).toBe('FORBIDDEN');
      expect(await stored()).toBe(true);
    });

    it('merges a session into another (conveners): stars and people move across', async () => {
      const MERGE = 'mutation($input: MergeSessionsInput!) { mergeSessions(input: $input) { id headcount } }';
      await ana.client.data(JOIN, { input: { sessionId: small } });
      expect((await ana.client.error(MERGE, { input: { sessionId: small, intoSessionId: big } })).code).toBe('FORBIDDEN');
      const merged = await connor.client.data<{ mergeSessions: { id: string; headcount: number } }>(MERGE, {
        input: { sessionId: small, intoSessionId: big },
      });
      expect(merged.mergeSessions).toEqual({ id: big, headcount: 1 });
      const wall = await t.client().data<Wall>(WALL, { id: gatheringId });
      expect(wall.wall.sessions.map((s) => s.id)).not.toContain(small);
      // Its room has gone with it.
      expect((await ben.client.error(JOIN, { input: { sessionId: small } })).code).toBe('NOT_FOUND');
    });

    it('keeps a closed gathering readable but unchangeable', async () => {
      await connor.client.data(STATUS, { input: { gatheringId, status: 'CLOSED' } });
      expect((await ana.client.error(PROPOSE, { input: { gatheringId, title: 'Too late' } })).message).toMatch(/has closed/);
      expect((await ana.client.error(JOIN, { input: { sessionId: big } })).message).toMatch(/has closed/);
      expect((await t.client().data<Wall>(WALL, { id: gatheringId })).wall.sessions.length).toBeGreaterThan(0);
    });
  });
});
