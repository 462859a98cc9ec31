import { GatheringFormat } from '../../gatherings/gathering.enums.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { openSpaceDay, SLOT, SPACE } from './open-space-fixture.js';

// Set-up rules (issue 15 §1): time slots never overlap and fall within the gathering (also when two
// conveners add slots at the same moment), and an online space always has a call link nobody can guess.

const UPDATE_TIMES = 'mutation($input: UpdateGatheringInput!) { updateGathering(input: $input) { startsAt endsAt } }';
const UPDATE_SPACE = 'mutation($input: UpdateSpaceInput!) { updateSpace(input: $input) { id tags videoUrl } }';
const BASE = 'https://calls.example.org';
const RANDOM_ROOM = new RegExp(`^${BASE}/weave-[A-Za-z0-9_-]{22}$`);

describe('open space: set-up rules for slots and online spaces', () => {
  let t: TestApp;
  let connor: TestPerson;
  let gatheringId: string; // 2027-05-01 09:00–17:00 UTC; slots 10:00–10:50 ("Round 1") and 11:00–11:50
  const slot = (startsAt: string, endsAt: string, label?: string) => ({ input: { gatheringId, startsAt, endsAt, label } });

  beforeAll(async () => {
    t = await createTestApp({ config: { openSpace: { videoCallBaseUrl: BASE, presenceTimeoutSeconds: 60 } } });
    ({ connor, gatheringId } = await openSpaceDay(t, [{ name: 'Hall', capacity: 30 }], 2));
  });
  afterAll(() => t.close());

  it('refuses a slot that overlaps another, naming it; slots that only touch are fine', async () => {
    for (const [startsAt, endsAt] of [
      ['2027-05-01T10:30:00Z', '2027-05-01T10:40:00Z'], // inside
      ['2027-05-01T09:30:00Z', '2027-05-01T10:10:00Z'], // across its start
      ['2027-05-01T09:30:00Z', '2027-05-01T12:30:00Z'], // around both
    ]) {
      const error = await connor.client.error(SLOT, slot(startsAt, endsAt));
      expect(error).toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: {
          reason: 'SlotsOverlap',
          detail: 'Round 1',
          fields: { startsAt: 'Choose a time that does not overlap another slot.' },
        },
      });
      expect(error.message).toContain('overlaps “Round 1”');
    }
    await connor.client.data(SLOT, slot('2027-05-01T09:10:00Z', '2027-05-01T10:00:00Z', 'Opening'));
    await connor.client.data(SLOT, slot('2027-05-01T10:50:00Z', '2027-05-01T11:00:00Z', 'Break'));
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM time_slots WHERE gathering_id = $1`, [gatheringId]);
    expect(count).toBe(4);
  });

  it('refuses a slot that starts before the gathering or ends after it', async () => {
    for (const [startsAt, endsAt] of [
      ['2027-05-01T08:00:00Z', '2027-05-01T09:05:00Z'],
      ['2027-05-01T16:30:00Z', '2027-05-01T17:30:00Z'],
      ['2027-05-02T10:00:00Z', '2027-05-02T11:00:00Z'],
    ]) {
      expect(await connor.client.error(SLOT, slot(startsAt, endsAt))).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'A time slot must fall within the gathering. Choose a time between its start and end.',
        extensions: { reason: 'SlotOutsideGathering', fields: { startsAt: 'Choose a time within the gathering.' } },
      });
    }
    await connor.client.data(SLOT, slot('2027-05-01T16:00:00Z', '2027-05-01T17:00:00Z', 'Closing'));
  });

  it('refuses moving the gathering’s times so that slots fall outside it, naming them; a move that keeps them in is fine', async () => {
    const day = await openSpaceDay(t, [], 3); // Round 1 10:00, Round 2 11:00, Round 3 12:00 (each 50 minutes)
    const times = (startsAt?: string, endsAt?: string) => ({ input: { gatheringId: day.gatheringId, startsAt, endsAt } });
    const later = await day.connor.client.error(UPDATE_TIMES, times('2027-05-01T10:30:00Z'));
    expect(later).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { reason: 'SlotsOutsideGathering', detail: '“Round 1”', fields: { startsAt: expect.stringContaining('Round 1') } },
    });
    expect(later.message).toBe(
      'These time slots would fall outside the gathering: “Round 1”. Move or delete them first, or choose other times.',
    );
    const shorter = await day.connor.client.error(UPDATE_TIMES, times(undefined, '2027-05-01T11:30:00Z'));
    expect(shorter.extensions).toMatchObject({
      reason: 'SlotsOutsideGathering',
      detail: '“Round 2”, “Round 3”',
      fields: { endsAt: expect.any(String) },
    });
    // A whole day later: every slot named, nothing stored.
    const moved = await day.connor.client.error(UPDATE_TIMES, times('2027-05-02T09:00:00Z', '2027-05-02T17:00:00Z'));
    expect(moved.extensions?.detail).toBe('“Round 1”, “Round 2”, “Round 3”');
    const [stored] = await t.dataSource.query(`SELECT starts_at, ends_at FROM gatherings WHERE id = $1`, [day.gatheringId]);
    expect([stored.starts_at.toISOString(), stored.ends_at.toISOString()]).toEqual([
      '2027-05-01T09:00:00.000Z',
      '2027-05-01T17:00:00.000Z',
    ]);
    // Tighter around the slots is fine (slots may touch the gathering's ends).
    const fine = await day.connor.client.data<{ updateGathering: { startsAt: string; endsAt: string } }>(
      UPDATE_TIMES,
      times('2027-05-01T10:00:00Z', '2027-05-01T12:50:00Z'),
    );
    expect(fine.updateGathering).toEqual({ startsAt: '2027-05-01T10:00:00.000Z', endsAt: '2027-05-01T12:50:00.000Z' });
  });

  it('names an unlabelled slot by its times in the gathering’s time zone', async () => {
    const day = await openSpaceDay(t, [], 0);
    await day.connor.client.data(SLOT, {
      input: { gatheringId: day.gatheringId, startsAt: '2027-05-01T15:00:00Z', endsAt: '2027-05-01T15:45:00Z' },
    });
    const error = await day.connor.client.error(UPDATE_TIMES, { input: { gatheringId: day.gatheringId, endsAt: '2027-05-01T15:00:00Z' } });
    // Europe/London is on summer time in May: 15:00 UTC is 16:00 there.
    expect(error.extensions?.detail).toBe('“16:00–16:45”');
  });

  it('holds a new slot to the gathering’s times while they are being changed: it waits, then sees the new ones', async () => {
    const day = await openSpaceDay(t, [], 0); // 09:00–17:00
    // A change of times in progress, made as updateGathering makes it (under the gathering's row lock), not yet committed.
    const change = t.dataSource.createQueryRunner();
    await change.connect();
    try {
      await change.startTransaction();
      await change.query('SELECT id FROM gatherings WHERE id = $1 FOR UPDATE', [day.gatheringId]);
      await change.query(`UPDATE gatherings SET ends_at = '2027-05-01T12:00:00Z' WHERE id = $1`, [day.gatheringId]);
      let settled = false;
      const adding = day.connor.client
        .request(SLOT, { input: { gatheringId: day.gatheringId, startsAt: '2027-05-01T15:00:00Z', endsAt: '2027-05-01T15:45:00Z' } })
        .finally(() => (settled = true));
      // Until the slot's transaction waits for the change (or, were times not held, goes in without waiting).
      const waiting = async () =>
        (await t.dataSource.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))
          .length > 0;
      while (!settled && !(await waiting())) await new Promise((resolve) => setTimeout(resolve, 10));
      await change.commitTransaction();
      expect((await adding).errors?.[0].extensions?.reason).toBe('SlotOutsideGathering');
    } finally {
      await change.release();
    }
    expect(await t.dataSource.query('SELECT id FROM time_slots WHERE gathering_id = $1', [day.gatheringId])).toEqual([]);
  });

  it('lets exactly one of two overlapping slots added at the same moment in', async () => {
    const other = await openSpaceDay(t, [], 0);
    const coConvener = await t.newPerson();
    await t.dataSource.query(
      `INSERT INTO role_assignments (person_id, scope_type, scope_id, role) VALUES ($1, 'gathering', $2, 'convener')`,
      [coConvener.id, other.gatheringId],
    );
    for (let round = 0; round < 8; round++) {
      const hour = String(9 + round).padStart(2, '0');
      const input = (minute: string) => ({
        input: {
          gatheringId: other.gatheringId,
          startsAt: `2027-05-01T${hour}:${minute}:00Z`,
          endsAt: `2027-05-01T${hour}:${minute === '00' ? 40 : 50}:00Z`,
        },
      });
      const results = await Promise.all([other.connor.client.request(SLOT, input('00')), coConvener.client.request(SLOT, input('10'))]);
      const won = results.filter((r) => r.data);
      const lost = results.filter((r) => r.errors);
      expect(won).toHaveLength(1);
      expect(lost.map((r) => r.errors?.[0].extensions?.reason)).toEqual(['SlotsOverlap']);
    }
    const overlaps = await t.dataSource.query(
      `SELECT a.id FROM time_slots a JOIN time_slots b ON a.gathering_id = b.gathering_id AND a.id < b.id
        AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at) WHERE a.gathering_id = $1`,
      [other.gatheringId],
    );
    expect(overlaps).toEqual([]);
  });

  it('tells nobody but conveners about the gathering’s slots', async () => {
    const stranger = await t.newPerson();
    expect((await stranger.client.error(SLOT, slot('2027-05-01T10:30:00Z', '2027-05-01T10:40:00Z'))).code).toBe('FORBIDDEN');
    expect((await t.client().error(SLOT, slot('2027-05-01T10:30:00Z', '2027-05-01T10:40:00Z'))).code).toBe('UNAUTHENTICATED');
  });

  it('gives an online space without a room name a call link nobody can guess', async () => {
    const create = async (name: string, tags: string[]) =>
      (
        await connor.client.data<{ createSpace: { id: string; tags: string[]; videoUrl: string } }>(SPACE, {
          input: { gatheringId, name, capacity: 10, tags },
        })
      ).createSpace;
    const [a, b] = [await create('Online A', ['ONLINE']), await create('Online B', ['ONLINE', 'CAPTIONED'])];
    expect(a.videoUrl).toMatch(RANDOM_ROOM);
    expect(b.videoUrl).toMatch(RANDOM_ROOM);
    expect(a.videoUrl).not.toBe(b.videoUrl);
    expect(a.videoUrl.toLowerCase()).not.toContain('online');
    // A room becomes online: it gets a link. Its name cleared: a new random one, never none.
    const kitchen = await create('Kitchen', []);
    expect(kitchen.videoUrl).toBeNull();
    const online = await connor.client.data<{ updateSpace: { videoUrl: string } }>(UPDATE_SPACE, {
      input: { spaceId: kitchen.id, tags: ['ONLINE'] },
    });
    expect(online.updateSpace.videoUrl).toMatch(RANDOM_ROOM);
    const cleared = await connor.client.data<{ updateSpace: { videoUrl: string } }>(UPDATE_SPACE, {
      input: { spaceId: a.id, videoRoom: null },
    });
    expect(cleared.updateSpace.videoUrl).toMatch(RANDOM_ROOM);
    expect(cleared.updateSpace.videoUrl).not.toBe(a.videoUrl);
    // A name the convener chose is kept.
    const named = await connor.client.data<{ updateSpace: { videoUrl: string } }>(UPDATE_SPACE, {
      input: { spaceId: b.id, videoRoom: 'our-own-room-7f3a' },
    });
    expect(named.updateSpace.videoUrl).toBe(`${BASE}/our-own-room-7f3a`);
  });

  it('makes every space of an online gathering an online one with a link', async () => {
    const network = await t.newNetwork(connor);
    const online = await t.build.gathering(connor, { format: GatheringFormat.ONLINE, networkIds: [network.id] });
    const { createSpace } = await connor.client.data<{ createSpace: { tags: string[]; videoUrl: string } }>(SPACE, {
      input: { gatheringId: online.id, name: 'Breakout 1', capacity: 8 },
    });
    expect(createSpace.tags).toEqual(['ONLINE']);
    expect(createSpace.videoUrl).toMatch(RANDOM_ROOM);
  });

  it('has the database refuse an online space without a call', async () => {
    await expect(
      t.dataSource.query(`INSERT INTO spaces (gathering_id, name, capacity, tags) VALUES ($1, 'Sneaky', 5, '{online}')`, [gatheringId]),
    ).rejects.toThrow(/spaces_online_has_call/);
  });
});
