import { liveSubscription } from '../../../test/live-client.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { openSpaceDay, PLACE, PROPOSE, registered, STATUS } from './open-space-fixture.js';

// Issue 15 §1: when the convener opens (or closes) the gathering, every open wall, room and board
// shows it without a reload — also when they are connected to another API process.

const WALL_UPDATES = `subscription($id: UUID!) { wallUpdates(gatheringId: $id) { snapshot { gatheringStatus serverTime } sessions { id } } }`;
const ROOM_UPDATES = `subscription($id: UUID!) { roomUpdates(sessionId: $id) { snapshot { gatheringStatus } notes { id } } }`;
type WallUpdates = { wallUpdates: { snapshot: { gatheringStatus: string; serverTime: string } | null } };
type RoomUpdates = { roomUpdates: { snapshot: { gatheringStatus: string } | null } };

describe('open space: opening and closing a gathering reaches open walls and rooms live', () => {
  let a: TestApp;
  let b: TestApp;
  let connor: TestPerson;
  let ana: TestPerson;
  let gatheringId: string;
  let sessionId: string;

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ shareDatabaseWith: a });
    const day = await openSpaceDay(a, [{ name: 'Garden', capacity: 10 }], 1);
    ({ connor, gatheringId } = day);
    ana = await registered(a, gatheringId, 'Ana Host');
    sessionId = (await ana.client.data<{ proposeSession: { id: string } }>(PROPOSE, { input: { gatheringId, title: 'Food' } }))
      .proposeSession.id;
    await ana.client.data(PLACE, { input: { sessionId, slotId: day.slotIds[0], spaceId: day.spaceIds[0] } });
  }, 60_000);
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('sends every wall (signed in or not) and room a fresh one with the new status when the convener opens and closes it', async () => {
    const participantWall = liveSubscription<WallUpdates>(b, ana.client.cookieHeader, WALL_UPDATES, { id: gatheringId });
    const board = liveSubscription<WallUpdates>(b, '', WALL_UPDATES, { id: gatheringId });
    const room = liveSubscription<RoomUpdates>(b, ana.client.cookieHeader, ROOM_UPDATES, { id: sessionId });
    const wallStatus = (status: string) => (u: WallUpdates) => u.wallUpdates.snapshot?.gatheringStatus === status;
    try {
      for (const wall of [participantWall, board]) {
        const first = await wall.until(wallStatus('PUBLISHED'));
        expect(Math.abs(Date.parse(first.wallUpdates.snapshot!.serverTime) - Date.now())).toBeLessThan(5_000);
      }
      await room.until((u) => u.roomUpdates.snapshot?.gatheringStatus === 'PUBLISHED');

      await connor.client.data(STATUS, { input: { gatheringId, status: 'LIVE' } }); // through process A
      await participantWall.until(wallStatus('LIVE'));
      await board.until(wallStatus('LIVE'));
      await room.until((u) => u.roomUpdates.snapshot?.gatheringStatus === 'LIVE');

      await connor.client.data(STATUS, { input: { gatheringId, status: 'CLOSED' } });
      await participantWall.until(wallStatus('CLOSED'));
      await board.until(wallStatus('CLOSED'));
      await room.until((u) => u.roomUpdates.snapshot?.gatheringStatus === 'CLOSED');
    } finally {
      await Promise.all([participantWall.close(), board.close(), room.close()]);
    }
  });

  it('leaves other gatherings’ walls and rooms alone', async () => {
    const other = await openSpaceDay(a, [{ name: 'Hall', capacity: 10 }], 1);
    const watcher = liveSubscription<WallUpdates>(b, '', WALL_UPDATES, { id: other.gatheringId });
    try {
      await watcher.until((u) => u.wallUpdates.snapshot !== null);
      const third = await openSpaceDay(a, [], 0);
      await third.connor.client.data(STATUS, { input: { gatheringId: third.gatheringId, status: 'LIVE' } });
      // Then a change on the watched wall: it is the next thing the watcher hears.
      await other.connor.client.data(STATUS, { input: { gatheringId: other.gatheringId, status: 'LIVE' } });
      await watcher.until((u) => u.wallUpdates.snapshot?.gatheringStatus === 'LIVE');
      expect(watcher.values.map((u) => u.wallUpdates.snapshot?.gatheringStatus)).toEqual(['PUBLISHED', 'LIVE']);
    } finally {
      await watcher.close();
    }
  });
});
