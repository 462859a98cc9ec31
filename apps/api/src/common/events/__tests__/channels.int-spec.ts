import pg from 'pg';
import { JOIN, openSpaceDay, PLACE, PROPOSE, registered, STATUS } from '../../../modules/open-space/__tests__/open-space-fixture.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { CHANNELS, liveEventProblems, type Channel } from '../channels.js';

// What the SQL sends on each channel is what channels.ts says it carries:
// open_space_move's json_build_object is a LiveEvent, key for key, and the
// directory trigger sends a DirectoryVersion.

/** Every payload on `channel`, read as JSON (as PgEvents reads them). */
async function listen(url: string, channel: Channel) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const payloads: unknown[] = [];
  const waiters = new Set<() => void>();
  client.on('notification', (message) => {
    if (message.channel !== channel) return;
    payloads.push(JSON.parse(message.payload ?? 'null'));
    for (const wake of waiters) wake();
  });
  await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
  return {
    payloads,
    /** The payloads so far, once they match (waits for more, up to 10 s). */
    until(match: (sent: unknown[]) => boolean): Promise<unknown[]> {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!match(payloads)) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(payloads.slice());
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no match among ${JSON.stringify(payloads)} on ${channel}`));
        }, 10_000);
        waiters.add(check);
        check();
      });
    },
    close: () => client.end(),
  };
}

describe('the channels and what the SQL sends on them', () => {
  let t: TestApp;
  let live: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    t = await createTestApp();
    live = await listen(t.databaseUrl, CHANNELS.live);
  });
  afterAll(async () => {
    await live.close();
    await t.close();
  });

  it('open_space_move notifies a LiveEvent for each room that changed, with exactly its keys', async () => {
    const { gatheringId, spaceIds, slotIds, connor } = await openSpaceDay(t, [{ name: 'Garden', capacity: 5 }], 2);
    const ana = await registered(t, gatheringId, 'Ana Mover');
    const rooms: string[] = [];
    for (const slotId of slotIds) {
      const { proposeSession } = await connor.client.data<{ proposeSession: { id: string } }>(PROPOSE, {
        input: { gatheringId, title: `Room ${rooms.length + 1}` },
      });
      await connor.client.data(PLACE, { input: { sessionId: proposeSession.id, slotId, spaceId: spaceIds[0] } });
      rooms.push(proposeSession.id);
    }
    // Proposing and placing each announced the session; once the last of those is in, nothing else is on the way.
    const last = { g: gatheringId, k: 'session', s: rooms[1] };
    await live.until((all) => all.filter((payload) => JSON.stringify(payload) === JSON.stringify(last)).length === 2);
    /** What one move notifies (`rooms` of them). */
    const move = async (target: string | null, rooms: number) => {
      const before = live.payloads.length;
      const [{ outcome }] = await t.dataSource.query(`SELECT outcome FROM open_space_move($1, $2, $3, NULL, $4)`, [
        gatheringId,
        ana.id,
        target,
        CHANNELS.live,
      ]);
      expect(outcome).toBe('moved');
      return (await live.until((all) => all.length >= before + rooms)).slice(before);
    };
    const into = await move(rooms[0], 1);
    const across = await move(rooms[1], 2);
    const out = await move(null, 1);
    expect(into).toEqual([{ g: gatheringId, k: 'session', s: rooms[0] }]);
    expect(across).toHaveLength(2);
    expect(across).toEqual(
      expect.arrayContaining([
        { g: gatheringId, k: 'session', s: rooms[0] },
        { g: gatheringId, k: 'session', s: rooms[1] },
      ]),
    );
    expect(out).toEqual([{ g: gatheringId, k: 'session', s: rooms[1] }]);
    for (const payload of [...into, ...across, ...out]) expect(liveEventProblems(payload)).toEqual([]);
  });

  it('every event the API itself sends on the live channel is a LiveEvent too', async () => {
    const { gatheringId, spaceIds, slotIds, connor } = await openSpaceDay(t, [{ name: 'Hall', capacity: 5 }], 1);
    const before = live.payloads.length;
    const { proposeSession } = await connor.client.data<{ proposeSession: { id: string } }>(PROPOSE, {
      input: { gatheringId, title: 'Checked events' },
    });
    await connor.client.data(PLACE, { input: { sessionId: proposeSession.id, slotId: slotIds[0], spaceId: spaceIds[0] } });
    await connor.client.data(STATUS, { input: { gatheringId, status: 'LIVE' } });
    await connor.client.data(JOIN, { input: { sessionId: proposeSession.id } });
    await connor.client.data('mutation($input: AddNoteInput!) { addNote(input: $input) { id } }', {
      input: { sessionId: proposeSession.id, text: 'A note' },
    });
    const sent = (await live.until((all) => all.slice(before).some((p) => (p as { k: string }).k === 'note'))).slice(before);
    expect(sent.map((payload) => (payload as { k: string }).k)).toEqual(expect.arrayContaining(['session', 'note']));
    for (const payload of sent) expect(liveEventProblems(payload)).toEqual([]);
  });

  it('the directory trigger announces each new version on the directory channel, as a DirectoryVersion', async () => {
    const directory = await listen(t.databaseUrl, CHANNELS.directory);
    try {
      const person = await t.newPerson();
      await t.dataSource.query(`UPDATE people SET display_name = 'Renamed Person' WHERE id = $1`, [person.id]);
      const [{ version }] = await t.dataSource.query(`SELECT version::text AS version FROM directory_state WHERE id = 1`);
      const sent = await directory.until((all) => all.some((payload) => String(payload) === version));
      expect(sent.every((payload) => typeof payload === 'number' && Number.isInteger(payload))).toBe(true);
    } finally {
      await directory.close();
    }
  });

  it('tells what is wrong with a payload that is not a LiveEvent', () => {
    expect(liveEventProblems({ g: 'not-a-uuid', k: 'moved', s: null, extra: 1 })).toEqual([
      'unknown key extra',
      'g is "not-a-uuid"',
      'k is "moved"',
      's is null',
    ]);
    expect(liveEventProblems({ k: 'grid' })).toEqual(['missing g']);
  });
});
