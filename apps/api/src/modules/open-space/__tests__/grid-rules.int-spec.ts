import { GatheringFormat } from '../../gatherings/gathering.enums.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { openSpaceDay, SLOT, SPACE } from './open-space-fixture.js';

// Set-up rules (issue 15 §1): time slots never overlap and fall within the gathering (also when two
// conveners add slots at the same moment), and an online space always has a call link nobody can guess.

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
