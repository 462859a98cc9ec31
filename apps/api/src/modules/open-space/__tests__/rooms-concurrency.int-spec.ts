import { loadConfig } from '../../../config/app-config.js';
import { crowd } from '../../../test/crowd.js';
import { GraphQLClient } from '../../../test/graphql-client.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { JOIN, openSpaceDay, STATUS } from './open-space-fixture.js';

const PARTICIPANTS = 500;
const MOVES = 2000;
const ROOMS = 25;
const CAPACITY = 24; // 600 places for 500 people: rooms fill up and refuse, but everyone fits somewhere
/** Requests in flight at any moment: far more than the database pools, within what a listen backlog takes. */
const IN_FLIGHT = 200;

/** Runs every task, at most `width` at a time, keeping their order in the results. */
async function inParallel<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]();
      }
    }),
  );
  return results;
}

describe('rooms under load: capacity holds and nobody is lost, across two API instances', () => {
  let a: TestApp;
  let b: TestApp;
  let gatheringId: string;
  let rooms: string[];
  let people: { id: string; cookie: string }[];
  let overCapacitySeen = 0;
  let sampling = true;

  beforeAll(async () => {
    // This test is about capacity, not about ending silent presences: on a busy machine the moves can outlast
    // the default timeout, and the sweep would rightly end the presences of people who moved early.
    const config = { openSpace: { ...loadConfig({ NODE_ENV: 'test' }).openSpace, presenceTimeoutSeconds: 3600 } };
    a = await createTestApp({ config });
    b = await createTestApp({ shareDatabaseWith: a, config });
    const day = await openSpaceDay(
      a,
      Array.from({ length: ROOMS }, (_, i) => ({ name: `Room ${i + 1}`, capacity: CAPACITY })),
      1,
    );
    gatheringId = day.gatheringId;
    people = await crowd(a, PARTICIPANTS, 'mover');
    await a.dataSource.query(
      `INSERT INTO registrations (gathering_id, person_id, status) SELECT $1, id, 'registered' FROM unnest($2::uuid[]) AS id`,
      [gatheringId, people.map((p) => p.id)],
    );
    // One session per space, each hosted by a different participant (a host runs one session per slot).
    const sessions: { id: string }[] = await a.dataSource.query(
      `INSERT INTO agenda_sessions (gathering_id, host_id, title, slot_id, space_id, capacity)
       SELECT $1, h.id, 'Session ' || s.name, $2, s.id, s.capacity
         FROM (SELECT id, name, capacity, row_number() OVER (ORDER BY name) AS n FROM spaces WHERE gathering_id = $1) s
         JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM unnest($3::uuid[]) AS id) h ON h.n = s.n
       RETURNING id`,
      [gatheringId, day.slotIds[0], people.slice(0, ROOMS).map((p) => p.id)],
    );
    rooms = sessions.map((s) => s.id);
    await day.connor.client.data(STATUS, { input: { gatheringId, status: 'LIVE' } });
  }, 120_000);
  afterAll(async () => {
    sampling = false;
    await b.close();
    await a.close();
  });

  /** Watches every room's people while the moves run; any room above capacity at any moment is counted. */
  async function sample(): Promise<void> {
    while (sampling) {
      const [row] = await a.dataSource.query(
        `SELECT count(*)::int AS over FROM (SELECT session_id FROM presences WHERE gathering_id = $1 GROUP BY session_id HAVING count(*) > $2) x`,
        [gatheringId, CAPACITY],
      );
      overCapacitySeen += row.over;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it(`${PARTICIPANTS} participants make ${MOVES} random moves at once (${IN_FLIGHT} in flight): no room above capacity, everyone in exactly one room`, async () => {
    // A deterministic shuffle of who goes where (so a failure can be replayed).
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const clients = people.map((p, i) => new GraphQLClient((i % 2 ? b : a).baseUrl, { cookie: p.cookie }));
    const move = async (i: number, room: string) => (await clients[i].request(JOIN, { input: { sessionId: room } })).errors?.[0];

    // Everyone into a room first (trying the next room when one is full), so everyone has a place.
    await inParallel(
      clients.map((_, i) => async () => {
        for (let tries = 0; tries < ROOMS; tries++) {
          const error = await move(i, rooms[(i + tries) % ROOMS]);
          if (!error) return;
          if (error.extensions?.reason !== 'RoomFull') throw new Error(JSON.stringify(error));
        }
        throw new Error(`participant ${i} found no room`);
      }),
      IN_FLIGHT,
    );

    const sampler = sample();
    const plan = Array.from({ length: MOVES }, () => ({ who: random(PARTICIPANTS), to: rooms[random(ROOMS)] }));
    const outcomes = await inParallel(
      plan.map(
        ({ who, to }) =>
          () =>
            move(who, to),
      ),
      IN_FLIGHT,
    );
    sampling = false;
    await sampler;

    const unexpected = outcomes.filter((e) => e && e.extensions?.reason !== 'RoomFull');
    expect(unexpected).toEqual([]);
    const refused = outcomes.filter(Boolean).length;
    expect(refused).toBeLessThan(MOVES);
    expect(overCapacitySeen).toBe(0);

    const presences: { personId: string; sessionId: string }[] = await a.dataSource.query(
      `SELECT person_id AS "personId", session_id AS "sessionId" FROM presences WHERE gathering_id = $1`,
      [gatheringId],
    );
    expect(new Set(presences.map((p) => p.personId)).size).toBe(PARTICIPANTS);
    expect(presences).toHaveLength(PARTICIPANTS);
    const rows: { id: string; headcount: number; present: number }[] = await a.dataSource.query(
      `SELECT s.id, s.headcount, (SELECT count(*)::int FROM presences p WHERE p.session_id = s.id) AS present
         FROM agenda_sessions s WHERE s.gathering_id = $1`,
      [gatheringId],
    );
    for (const row of rows) {
      expect(row.headcount).toBe(row.present);
      expect(row.headcount).toBeLessThanOrEqual(CAPACITY);
    }
    console.log(
      `${MOVES} moves: ${MOVES - refused} made, ${refused} refused as full; rooms hold ${rows.map((r) => r.headcount).join(', ')}`,
    );
  }, 180_000);

  it('counts a person once when they move from several tabs at once before having any room', async () => {
    const newcomers = await crowd(a, 60, 'tabs');
    await a.dataSource.query(
      `INSERT INTO registrations (gathering_id, person_id, status) SELECT $1, id, 'registered' FROM unnest($2::uuid[]) AS id`,
      [gatheringId, newcomers.map((p) => p.id)],
    );
    await Promise.all(
      newcomers.flatMap((person, i) =>
        [0, 1, 2].map((tab) =>
          new GraphQLClient((tab % 2 ? b : a).baseUrl, { cookie: person.cookie }).request(JOIN, {
            input: { sessionId: rooms[(i + tab * 7) % ROOMS] },
          }),
        ),
      ),
    );
    const rows: { headcount: number; present: number }[] = await a.dataSource.query(
      `SELECT s.headcount, (SELECT count(*)::int FROM presences p WHERE p.session_id = s.id) AS present FROM agenda_sessions s WHERE s.gathering_id = $1`,
      [gatheringId],
    );
    expect(rows.map((r) => r.headcount)).toEqual(rows.map((r) => r.present));
  }, 120_000);
});
