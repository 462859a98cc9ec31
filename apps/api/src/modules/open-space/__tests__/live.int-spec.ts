import { liveSubscription } from '../../../test/live-client.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { RoomsService } from '../rooms.service.js';
import { eventually, JOIN, openSpaceDay, PLACE, PROPOSE, registered, STATUS } from './open-space-fixture.js';

const WALL_UPDATES = `subscription($id: UUID!) { wallUpdates(gatheringId: $id) {
  snapshot { sessions { id title headcount version } } sessions { id title headcount version } } }`;
const ROOM_UPDATES = `subscription($id: UUID!) { roomUpdates(sessionId: $id) {
  snapshot { session { headcount } people { displayName } notes { text } } notes { text author { displayName } } actions { what } } }`;
type Session = { id: string; title: string; headcount: number; version: string };
type WallUpdates = { wallUpdates: { snapshot: { sessions: Session[] } | null; sessions: Session[] } };
type RoomUpdates = {
  roomUpdates: { snapshot: { people: { displayName: string }[] } | null; notes: { text: string; author: { displayName: string } }[] };
};

describe('live updates across two API processes (LISTEN/NOTIFY)', () => {
  let a: TestApp;
  let b: TestApp;
  let gatheringId: string;
  let sessionId: string;
  let ana: TestPerson;
  let ben: TestPerson;

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ shareDatabaseWith: a });
    const day = await openSpaceDay(a, [{ name: 'Garden', capacity: 10 }], 1);
    gatheringId = day.gatheringId;
    ana = await registered(a, gatheringId, 'Ana Host');
    ben = await registered(a, gatheringId, 'Ben Walker');
    sessionId = (
      await ana.client.data<{ proposeSession: { id: string } }>(PROPOSE, { input: { gatheringId, title: 'Food and belonging' } })
    ).proposeSession.id;
    await ana.client.data(PLACE, { input: { sessionId, slotId: day.slotIds[0], spaceId: day.spaceIds[0] } });
    await day.connor.client.data(STATUS, { input: { gatheringId, status: 'LIVE' } });
  }, 60_000);
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('a subscriber on process B gets the wall first, then sees a join made on process A, with a newer version', async () => {
    const wall = liveSubscription<WallUpdates>(b, ana.client.cookieHeader, WALL_UPDATES, { id: gatheringId });
    try {
      const first = await wall.until((u) => u.wallUpdates.snapshot !== null);
      const before = first.wallUpdates.snapshot!.sessions.find((s) => s.id === sessionId)!;
      expect(before.headcount).toBe(0);
      await ben.client.data(JOIN, { input: { sessionId } }); // ben's client talks to A
      const update = await wall.until((u) => u.wallUpdates.sessions.some((s) => s.id === sessionId && s.headcount === 1));
      const after = update.wallUpdates.sessions.find((s) => s.id === sessionId)!;
      expect(BigInt(after.version)).toBeGreaterThan(BigInt(before.version));
    } finally {
      await wall.close();
    }
  });

  it('a room subscriber on B sees who comes in and the notes written through A, live', async () => {
    const room = liveSubscription<RoomUpdates>(b, ben.client.cookieHeader, ROOM_UPDATES, { id: sessionId });
    try {
      await room.until((u) => u.roomUpdates.snapshot !== null);
      await ana.client.data(JOIN, { input: { sessionId } });
      await room.until((u) => u.roomUpdates.snapshot?.people.some((p) => p.displayName === 'Ana Host') ?? false);
      await ana.client.data('mutation($input: AddNoteInput!) { addNote(input: $input) { id } }', {
        input: { sessionId, text: 'Start with a shared meal' },
      });
      const note = await room.until((u) => u.roomUpdates.notes.length > 0);
      expect(note.roomUpdates.notes[0]).toEqual({ text: 'Start with a shared meal', author: { displayName: 'Ana Host' } });
    } finally {
      await room.close();
    }
  });

  it('keeps the presence of someone whose room page is connected, and ends it once they have gone quiet', async () => {
    await ben.client.data(JOIN, { input: { sessionId } });
    const rooms = b.app.get(RoomsService);
    const age = () =>
      a.dataSource.query(`UPDATE presences SET last_seen_at = now() - interval '10 minutes' WHERE person_id = $1`, [ben.id]);
    const present = async () => (await a.dataSource.query(`SELECT 1 FROM presences WHERE person_id = $1`, [ben.id])).length === 1;
    const room = liveSubscription<RoomUpdates>(b, ben.client.cookieHeader, ROOM_UPDATES, { id: sessionId });
    await room.until((u) => u.roomUpdates.snapshot !== null);
    await age();
    await rooms.refreshAndSweep(); // connected to B: refreshed, not ended
    expect(await present()).toBe(true);
    await room.close();
    // Once the server notices the socket closing, the sweep ends the (aged) presence.
    await eventually(async () => {
      await age();
      await rooms.refreshAndSweep();
      return !(await present());
    });
    expect(await present()).toBe(false);
  });

  it('refuses room updates to people without a place, and signed-out subscribers', async () => {
    const outsider = await a.newPerson();
    const refused = liveSubscription<RoomUpdates>(b, outsider.client.cookieHeader, ROOM_UPDATES, { id: sessionId });
    await expect(refused.until(() => true, 5000)).rejects.toThrow(/FORBIDDEN/);
    await refused.close();
    const anonymous = liveSubscription<RoomUpdates>(b, '', ROOM_UPDATES, { id: sessionId });
    await expect(anonymous.until(() => true, 5000)).rejects.toThrow(/UNAUTHENTICATED/);
    await anonymous.close();
  });
});
