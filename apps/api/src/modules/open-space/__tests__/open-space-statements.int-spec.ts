import { QueryCounter } from '../../../database/query-counter.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { JOIN, openSpaceDay, PLACE, PROPOSE, registered, SPACE, STATUS } from './open-space-fixture.js';

// How many statements each open-space operation takes, end to end through
// GraphQL (signing in included): a change to the data access shows here.
// Joining a room is the busiest request of a live day.

const WALL = `query($id: UUID!) { wall(gatheringId: $id) { spaces { id } slots { id } sessions { id host { displayName } slot { id } space { id } } starredSessionIds } }`;
const ROOM = `query($id: UUID!) { room(sessionId: $id) { session { id } people { displayName } notes { text } actions { what } } }`;
const STAR = 'mutation($input: StarSessionInput!) { starSession(input: $input) { id interestCount } }';
const NOTE = 'mutation($input: AddNoteInput!) { addNote(input: $input) { id } }';
const UPDATE_SPACE = 'mutation($input: UpdateSpaceInput!) { updateSpace(input: $input) { id capacity } }';
const SUGGEST = `query($id: UUID!) { suggestSchedule(gatheringId: $id) { placements { sessionId } } }`;

describe('open space: statements per operation', () => {
  const counter = new QueryCounter();
  let t: TestApp;
  let connor: TestPerson;
  let ana: TestPerson;
  let gatheringId: string;
  let spaceIds: string[];
  let slotIds: string[];
  let sessionId: string;
  const counts: Record<string, number> = {};
  const count = async (name: string, work: () => Promise<unknown>) => {
    counts[name] = (await counter.around(work)).statements;
  };

  beforeAll(async () => {
    t = await createTestApp({ queryLogger: counter });
    ({ connor, gatheringId, spaceIds, slotIds } = await openSpaceDay(t, [
      { name: 'Garden', capacity: 10 },
      { name: 'Hall', capacity: 30 },
    ]));
    ana = await registered(t, gatheringId, 'Ana Host');
  });
  afterAll(() => t.close());

  it('takes a fixed few statements for each', async () => {
    await count('createSpace', () => connor.client.data(SPACE, { input: { gatheringId, name: 'Library', capacity: 8 } }));
    await count('proposeSession', async () => {
      sessionId = (await ana.client.data<{ proposeSession: { id: string } }>(PROPOSE, { input: { gatheringId, title: 'Counted' } }))
        .proposeSession.id;
    });
    await count('starSession', () => ana.client.data(STAR, { input: { sessionId, starred: true } }));
    await count('placeSession', () => ana.client.data(PLACE, { input: { sessionId, slotId: slotIds[0], spaceId: spaceIds[0] } }));
    await count('updateSpace', () => connor.client.data(UPDATE_SPACE, { input: { spaceId: spaceIds[0], capacity: 12 } }));
    await count('suggestSchedule', () => connor.client.data(SUGGEST, { id: gatheringId }));
    await count('wall', () => ana.client.data(WALL, { id: gatheringId }));
    await connor.client.data(STATUS, { input: { gatheringId, status: 'LIVE' } });
    await count('joinRoom', () => ana.client.data(JOIN, { input: { sessionId } }));
    await count('addNote', () => ana.client.data(NOTE, { input: { sessionId, text: 'Counted note' } }));
    await count('room', () => ana.client.data(ROOM, { id: sessionId }));
    // Before issue 10 (TypeORM): createSpace 8, updateSpace 15, the others as now.
    expect(counts).toEqual({
      createSpace: 7,
      proposeSession: 8,
      starSession: 9,
      placeSession: 12,
      updateSpace: 12,
      suggestSchedule: 6,
      wall: 8, // 7 before issue 11: one more asks whether the viewer takes part (video-call links)
      joinRoom: 4,
      addNote: 8,
      room: 7,
    });
  });
});
