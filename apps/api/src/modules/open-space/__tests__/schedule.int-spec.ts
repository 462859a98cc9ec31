import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { openSpaceDay, PLACE, PROPOSE, registered } from './open-space-fixture.js';

const SUGGEST = `query($id: UUID!) { suggestSchedule(gatheringId: $id) { placements { sessionId slotId spaceId } unplaced { sessionId code reason } } }`;
const APPLY = 'mutation($input: ApplyScheduleInput!) { applySchedule(input: $input) { id slotId spaceId } }';
const STAR = 'mutation($input: StarSessionInput!) { starSession(input: $input) { id } }';
type Suggestion = {
  suggestSchedule: {
    placements: { sessionId: string; slotId: string; spaceId: string }[];
    unplaced: { sessionId: string; code: string; reason: string }[];
  };
};

describe('suggestSchedule: a placement by interest, room size, needs and hosts’ time, applied all or nothing', () => {
  let t: TestApp;
  let connor: TestPerson;
  let gatheringId: string;
  let small: string;
  let big: string;
  let captioned: string;
  let first: string;
  let second: string;
  const sessions: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    ({
      connor,
      gatheringId,
      spaceIds: [small, big, captioned],
      slotIds: [first, second],
    } = await openSpaceDay(t, [
      { name: 'Small room', capacity: 2, tags: ['STEP_FREE'] },
      { name: 'Big hall', capacity: 40 },
      { name: 'Captioned room', capacity: 10, tags: ['CAPTIONED'] },
    ]));
    const ana = await registered(t, gatheringId, 'Ana');
    const fans = [await registered(t, gatheringId), await registered(t, gatheringId), await registered(t, gatheringId)];
    const propose = async (key: string, host: TestPerson, input: Record<string, unknown>) => {
      sessions[key] = (
        await host.client.data<{ proposeSession: { id: string } }>(PROPOSE, { input: { gatheringId, ...input } })
      ).proposeSession.id;
    };
    await propose('popular', ana, { title: 'Popular with three stars' });
    await propose('anaAgain', ana, { title: 'Ana’s second session' });
    await propose('captions', fans[0], { title: 'Needs captions', needs: ['CAPTIONED'] });
    await propose('quiet', fans[1], { title: 'Needs a quiet room', needs: ['QUIET'] });
    for (const fan of fans) await fan.client.data(STAR, { input: { sessionId: sessions.popular, starred: true } });
    await fans[0].client.data(STAR, { input: { sessionId: sessions.anaAgain, starred: true } });
  });
  afterAll(() => t.close());

  it('is for conveners only', async () => {
    const ana = await registered(t, gatheringId);
    expect((await ana.client.error(SUGGEST, { id: gatheringId })).code).toBe('FORBIDDEN');
  });

  it('places the most starred first in a room that holds its interest, spares tagged rooms, keeps hosts to one place per slot, and says what it cannot place', async () => {
    const { suggestSchedule } = await connor.client.data<Suggestion>(SUGGEST, { id: gatheringId });
    const at = (key: string) => suggestSchedule.placements.find((p) => p.sessionId === sessions[key]);
    // Three stars do not fit the 2-place room: the big hall, first slot.
    expect(at('popular')).toEqual({ sessionId: sessions.popular, slotId: first, spaceId: big });
    // Ana is busy in the first slot, so her second session goes to the second, in a room without tags someone else may need.
    expect(at('anaAgain')).toEqual({ sessionId: sessions.anaAgain, slotId: second, spaceId: big });
    expect(at('captions')).toMatchObject({ spaceId: captioned, slotId: first });
    expect(suggestSchedule.placements.map((p) => p.spaceId)).not.toContain(small);
    expect(suggestSchedule.unplaced).toEqual([
      { sessionId: sessions.quiet, code: 'NO_SUITABLE_SPACE', reason: 'No space has everything it needs.' },
    ]);
  });

  it('applies all or nothing: one taken cell refuses the whole set', async () => {
    const { suggestSchedule } = await connor.client.data<Suggestion>(SUGGEST, { id: gatheringId });
    const blocker = (
      await connor.client.data<{ proposeSession: { id: string } }>(PROPOSE, { input: { gatheringId, title: 'Took the hall' } })
    ).proposeSession.id;
    await connor.client.data(PLACE, { input: { sessionId: blocker, slotId: first, spaceId: big } });
    const refused = await connor.client.error(APPLY, { input: { gatheringId, placements: suggestSchedule.placements } });
    expect(refused.code).toBe('CONFLICT');
    const [{ placed }] = await t.dataSource.query(
      `SELECT count(*)::int AS placed FROM agenda_sessions WHERE gathering_id = $1 AND slot_id IS NOT NULL`,
      [gatheringId],
    );
    expect(placed).toBe(1);

    const again = await connor.client.data<Suggestion>(SUGGEST, { id: gatheringId });
    const applied = await connor.client.data<{ applySchedule: { id: string; slotId: string }[] }>(APPLY, {
      input: { gatheringId, placements: again.suggestSchedule.placements },
    });
    expect(applied.applySchedule).toHaveLength(3);
    expect(applied.applySchedule.every((s) => s.slotId)).toBe(true);
  });

  it('says when every suitable cell is taken', async () => {
    // One captioned room and two slots, one of them already taken by “Needs captions”: at most one more fits.
    const ids: string[] = [];
    for (const title of ['Captions again', 'Captions once more']) {
      const host = await registered(t, gatheringId);
      ids.push(
        (await host.client.data<{ proposeSession: { id: string } }>(PROPOSE, { input: { gatheringId, title, needs: ['CAPTIONED'] } }))
          .proposeSession.id,
      );
    }
    const { suggestSchedule } = await connor.client.data<Suggestion>(SUGGEST, { id: gatheringId });
    const placed = suggestSchedule.placements.filter((p) => ids.includes(p.sessionId));
    expect(placed.length).toBeLessThanOrEqual(1);
    expect(placed.every((p) => p.spaceId === captioned)).toBe(true);
    const left = ids.filter((id) => !placed.some((p) => p.sessionId === id));
    expect(suggestSchedule.unplaced.filter((u) => ids.includes(u.sessionId))).toEqual(
      left.map((sessionId) => ({ sessionId, code: 'NO_FREE_CELL', reason: 'Every suitable cell is taken, or its host is busy.' })),
    );
  });
});
