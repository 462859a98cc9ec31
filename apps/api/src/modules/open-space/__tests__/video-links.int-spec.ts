import { liveSubscription } from '../../../test/live-client.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { openSpaceDay, PLACE, PROPOSE, registered } from './open-space-fixture.js';

// A room's video-call link is for people with a place (and the conveners): not for
// signed-out visitors, nor for people on the waiting list — read or live.

const LINK = 'https://calls.example.org/weave-online-1';
const WALL = `query($id: UUID!) { wall(gatheringId: $id) { spaces { videoUrl } sessions { id space { videoUrl } } } }`;
const WALL_UPDATES = `subscription($id: UUID!) { wallUpdates(gatheringId: $id) {
  snapshot { spaces { videoUrl } sessions { id space { videoUrl } } } sessions { id title space { videoUrl } } } }`;
type Space = { videoUrl: string | null };
type Wall = { spaces: Space[]; sessions: { id: string; space: Space | null }[] };
type WallUpdates = { wallUpdates: { snapshot: Wall | null; sessions: { id: string; title: string; space: Space | null }[] } };

/** Every video-call link in a wall or an update, wherever it appears. */
const linksIn = (value: unknown): string[] => JSON.stringify(value).match(/https:\/\/calls\.example\.org[^"]*/g) ?? [];

describe('open space: video-call links only for people with a place', () => {
  let t: TestApp;
  let connor: TestPerson;
  let ana: TestPerson;
  let wanda: TestPerson;
  let gatheringId: string;
  let sessionId: string;

  beforeAll(async () => {
    t = await createTestApp({ config: { openSpace: { videoCallBaseUrl: 'https://calls.example.org', presenceTimeoutSeconds: 60 } } });
    const day = await openSpaceDay(t, [{ name: 'Online', capacity: 10, tags: ['ONLINE'], videoRoom: 'weave-online-1' }], 1);
    ({ connor, gatheringId } = day);
    ana = await registered(t, gatheringId, 'Ana Host');
    await connor.client.data('mutation($input: UpdateGatheringInput!) { updateGathering(input: $input) { capacity } }', {
      input: { gatheringId, capacity: 1 },
    });
    wanda = await registered(t, gatheringId, 'Wanda Waiting');
    const [{ status }] = await t.dataSource.query(`SELECT status FROM registrations WHERE person_id = $1`, [wanda.id]);
    expect(status).toBe('waitlisted');
    sessionId = (await ana.client.data<{ proposeSession: { id: string } }>(PROPOSE, { input: { gatheringId, title: 'Online circle' } }))
      .proposeSession.id;
    await ana.client.data(PLACE, { input: { sessionId, slotId: day.slotIds[0], spaceId: day.spaceIds[0] } });
  });
  afterAll(() => t.close());

  it('shows the wall’s links to participants and conveners, not to signed-out visitors or the waiting list', async () => {
    const wallOf = async (client: TestPerson['client']) => (await client.data<{ wall: Wall }>(WALL, { id: gatheringId })).wall;
    expect(linksIn(await wallOf(ana.client))).toEqual([LINK, LINK]); // the space, and the session placed in it
    expect(linksIn(await wallOf(connor.client))).toEqual([LINK, LINK]);
    const outside = [await wallOf(t.client()), await wallOf(wanda.client), await wallOf((await t.newPerson()).client)];
    for (const wall of outside) {
      expect(wall.spaces).toEqual([{ videoUrl: null }]);
      expect(wall.sessions).toEqual([{ id: sessionId, space: { videoUrl: null } }]);
    }
  });

  it('keeps the links out of live wall updates for those without a place, while participants get them', async () => {
    const watch = (cookie: string) => liveSubscription<WallUpdates>(t, cookie, WALL_UPDATES, { id: gatheringId });
    const [participant, waiting, visitor] = [watch(ana.client.cookieHeader), watch(wanda.client.cookieHeader), watch('')];
    try {
      for (const live of [participant, waiting, visitor]) await live.until((u) => u.wallUpdates.snapshot !== null);
      // A session changes: each subscriber is sent it, the waiting and the signed-out without its link.
      await ana.client.data('mutation($input: StarSessionInput!) { starSession(input: $input) { id } }', {
        input: { sessionId, starred: true },
      });
      const changed = (live: typeof participant) => live.until((u) => u.wallUpdates.sessions.some((s) => s.id === sessionId));
      expect(linksIn(await changed(participant))).toEqual([LINK]);
      expect((await changed(waiting)).wallUpdates.sessions).toEqual([{ id: sessionId, title: 'Online circle', space: { videoUrl: null } }]);
      expect(linksIn(await changed(visitor))).toEqual([]);
      // A change to the grid sends everyone a fresh wall: again without links for them.
      await connor.client.data('mutation($input: CreateTimeSlotInput!) { createTimeSlot(input: $input) { id } }', {
        input: { gatheringId, startsAt: '2027-05-01T15:00:00Z', endsAt: '2027-05-01T15:50:00Z' },
      });
      const resynced = (live: typeof participant) => live.until((u) => u.wallUpdates.snapshot !== null && live.values.indexOf(u) > 0);
      expect(linksIn(await resynced(participant))).toEqual([LINK, LINK]);
      expect(linksIn(await resynced(waiting))).toEqual([]);
      expect(linksIn(await resynced(visitor))).toEqual([]);
      expect(linksIn(waiting.values)).toEqual([]);
      expect(linksIn(visitor.values)).toEqual([]);
    } finally {
      await Promise.all([participant.close(), waiting.close(), visitor.close()]);
    }
  });
});
