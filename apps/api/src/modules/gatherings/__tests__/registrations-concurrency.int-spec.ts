import { RegistrationStatus } from '../gathering.enums.js';
import { crowd } from '../../../test/crowd.js';
import { GraphQLClient } from '../../../test/graphql-client.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';

const REGISTER = 'mutation($input: RegisterForGatheringInput!) { registerForGathering(input: $input) { status } }';
const CANCEL = 'mutation($input: GatheringIdInput!) { cancelRegistration(input: $input) { status } }';
const PEOPLE = 1000;
const PLACES = 100;
const CANCELLATIONS = 50;

describe('registrations under load: capacity holds, first come first served, across two API instances', () => {
  let a: TestApp;
  let b: TestApp;
  let connor: TestPerson;
  let network: { id: string };
  // The gathering the test under way fills (sample() and statuses() watch it).
  let gatheringId: string;
  let maxSeen = 0;
  let sampling = true;

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ shareDatabaseWith: a });
    connor = await a.newPerson();
    network = await a.newNetwork(connor);
  }, 120_000);
  afterAll(async () => {
    sampling = false;
    await b.close();
    await a.close();
  });

  // Watches places taken while the crowd acts: it must never pass capacity, at any moment.
  async function sample(): Promise<void> {
    while (sampling) {
      const [row] = await a.dataSource.query(
        `SELECT g.registered_count AS counter, (SELECT count(*)::int FROM registrations r WHERE r.gathering_id = g.id AND r.status = 'registered') AS rows FROM gatherings g WHERE g.id = $1`,
        [gatheringId],
      );
      maxSeen = Math.max(maxSeen, row.counter, row.rows);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }

  const statuses = () =>
    a.dataSource.query(
      `SELECT person_id AS "personId", status FROM registrations WHERE gathering_id = $1 AND status <> 'cancelled' ORDER BY arrival`,
      [gatheringId],
    ) as Promise<{ personId: string; status: string }[]>;

  const bigOpenSpace = async () =>
    (await a.build.gathering(connor, { title: 'The Big Open Space', capacity: PLACES, networkIds: [network.id] })).id;

  it(`${PEOPLE} people register at once for ${PLACES} places: exactly ${PLACES} registered, the rest waitlisted in arrival order`, async () => {
    gatheringId = await bigOpenSpace();
    const people = await crowd(a, PEOPLE);
    sampling = true;
    maxSeen = 0;
    const sampler = sample();
    const results = await Promise.all(
      people.map((person, i) =>
        new GraphQLClient((i % 2 ? b : a).baseUrl, { cookie: person.cookie }).data<{ registerForGathering: { status: string } }>(REGISTER, {
          input: { gatheringId },
        }),
      ),
    );
    sampling = false;
    await sampler;

    const counts = results.reduce<Record<string, number>>(
      (acc, r) => ({ ...acc, [r.registerForGathering.status]: (acc[r.registerForGathering.status] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({ REGISTERED: PLACES, WAITLISTED: PEOPLE - PLACES });
    const order = await statuses();
    expect(order.slice(0, PLACES).every((r) => r.status === 'registered')).toBe(true);
    expect(order.slice(PLACES).every((r) => r.status === 'waitlisted')).toBe(true);
    expect(maxSeen).toBeLessThanOrEqual(PLACES);
  }, 120_000);

  it(`${CANCELLATIONS} cancel at once: exactly ${CANCELLATIONS} promotions, the earliest in the queue, never above capacity`, async () => {
    // A full gathering with a queue, in arrival order: the first PLACES have a place, the rest wait.
    gatheringId = await bigOpenSpace();
    const people = await crowd(a, PLACES + 2 * CANCELLATIONS, 'queue');
    for (const [i, person] of people.entries())
      await a.build.registration(person, { id: gatheringId }, i < PLACES ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED);
    const before = await statuses();
    const registered = before.filter((r) => r.status === 'registered').slice(0, CANCELLATIONS);
    const nextInQueue = before
      .filter((r) => r.status === 'waitlisted')
      .slice(0, CANCELLATIONS)
      .map((r) => r.personId);
    const cookies = new Map(people.map((p) => [p.id, p.cookie]));

    sampling = true;
    maxSeen = 0;
    const sampler = sample();
    await Promise.all(
      registered.map((r, i) =>
        new GraphQLClient((i % 2 ? a : b).baseUrl, { cookie: cookies.get(r.personId)! }).data(CANCEL, { input: { gatheringId } }),
      ),
    );
    sampling = false;
    await sampler;

    const after = await statuses();
    const nowRegistered = after.filter((r) => r.status === 'registered').map((r) => r.personId);
    expect(nowRegistered).toHaveLength(PLACES);
    expect(after.filter((r) => r.status === 'waitlisted')).toHaveLength(people.length - PLACES - CANCELLATIONS);
    expect(nextInQueue.every((id) => nowRegistered.includes(id))).toBe(true);
    const [{ counter }] = await a.dataSource.query('SELECT registered_count AS counter FROM gatherings WHERE id = $1', [gatheringId]);
    expect(counter).toBe(PLACES);
    expect(maxSeen).toBeLessThanOrEqual(PLACES);
  }, 120_000);
});
