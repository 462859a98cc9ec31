import { createLogger } from '../../common/logging/logger.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { BIG_DAY, bigDayTimes } from '../demo-big-day.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../demo-seed.js';

describe('demo data: the big open-space day', () => {
  let t: TestApp;
  let gatheringId: string;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoIfEmpty(t.app, createLogger('silent'));
    [{ id: gatheringId }] = await t.dataSource.query(`SELECT id FROM gatherings WHERE title = 'The Big Open Space Day'`);
  }, 120_000);
  afterAll(() => t.close());

  const count = async (sql: string) => Number((await t.dataSource.query(sql, [gatheringId]))[0].count);

  it('is live now, its first round under way, with 12 spaces × 5 slots, 60 sessions all placed, 150 participants from 35 networks', async () => {
    const [gathering] = await t.dataSource.query(
      `SELECT status, starts_at <= now() AND now() < ends_at AS under_way FROM gatherings WHERE id = $1`,
      [gatheringId],
    );
    expect(gathering).toEqual({ status: 'live', under_way: true });
    // The first round is on now (for at least 15 minutes after the demo is made), whatever the hour.
    const [first] = await t.dataSource.query(
      `SELECT label, starts_at <= now() AND now() < ends_at AS on_now FROM time_slots WHERE gathering_id = $1 ORDER BY starts_at LIMIT 1`,
      [gatheringId],
    );
    expect(first).toEqual({ label: 'Round 1', on_now: true });
    expect(await count(`SELECT count(*) FROM spaces WHERE gathering_id = $1`)).toBe(BIG_DAY.spaces);
    expect(await count(`SELECT count(*) FROM time_slots WHERE gathering_id = $1`)).toBe(BIG_DAY.slots);
    expect(await count(`SELECT count(*) FROM agenda_sessions WHERE gathering_id = $1 AND slot_id IS NOT NULL`)).toBe(BIG_DAY.sessions);
    expect(await count(`SELECT count(*) FROM registrations WHERE gathering_id = $1 AND status = 'registered'`)).toBe(BIG_DAY.participants);
    const networks = `SELECT count(DISTINCT n) FROM registrations r, unnest(r.representing_network_ids) n WHERE r.gathering_id = $1`;
    expect(await count(networks)).toBe(BIG_DAY.networks);
    // Every online space has a call nobody can guess.
    const rooms: { video_room: string }[] = await t.dataSource.query(
      `SELECT video_room FROM spaces WHERE gathering_id = $1 AND 'online' = ANY(tags)`,
      [gatheringId],
    );
    expect(rooms).toHaveLength(2);
    for (const { video_room } of rooms) expect(video_room).toMatch(/^weave-[A-Za-z0-9_-]{22}$/);
  });

  it('starts its first round 20 to 35 minutes before the demo is made, on a quarter hour, even just after midnight', () => {
    for (const [now, firstRound] of [
      ['2026-12-07T10:05:00Z', '2026-12-07T09:45:00Z'],
      ['2026-12-07T10:19:59Z', '2026-12-07T09:45:00Z'],
      ['2026-12-07T10:20:00Z', '2026-12-07T10:00:00Z'],
      ['2026-12-07T00:10:00Z', '2026-12-06T23:45:00Z'],
    ]) {
      const { startsAt, endsAt } = bigDayTimes(new Date(now));
      expect(new Date(startsAt.getTime() + 30 * 60_000).toISOString()).toBe(new Date(firstRound).toISOString());
      expect(endsAt.getTime() - startsAt.getTime()).toBe(8 * 3600_000);
    }
  });

  it('lets its participants sign in with the demo password and see Join on the wall', async () => {
    const client = t.client();
    await client.data('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: 'day42@demo.weave.test', password: DEMO_PASSWORD },
    });
    const { wall } = await client.data<{ wall: { gatheringStatus: string; sessions: unknown[]; spaces: { videoUrl: string | null }[] } }>(
      'query($id: UUID!) { wall(gatheringId: $id) { gatheringStatus sessions { id } spaces { videoUrl } } }',
      { id: gatheringId },
    );
    expect(wall.gatheringStatus).toBe('LIVE');
    expect(wall.sessions).toHaveLength(BIG_DAY.sessions);
    expect(wall.spaces.filter((space) => space.videoUrl).length).toBe(2);
  });
});
