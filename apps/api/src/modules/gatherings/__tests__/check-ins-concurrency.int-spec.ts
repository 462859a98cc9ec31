import { crowd } from '../../../test/crowd.js';
import { GraphQLClient } from '../../../test/graphql-client.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { JOIN, openSpaceDay, PLACE, PROPOSE, registered, STATUS } from '../../open-space/__tests__/open-space-fixture.js';

// Each person is counted once: at once, across two API processes, and whichever ways they check in
// (the code, a convener's tick, joining an online room).

const CODE = 'query($id: UUID!) { checkInCode(gatheringId: $id) { code } }';
const WITH_CODE = 'mutation($input: CheckInWithCodeInput!) { checkInWithCode(input: $input) { status } }';
const TICK = 'mutation($input: RegistrationIdInput!) { checkInPerson(input: $input) { status } }';
const CROWD = 200;

describe('check-ins at once, and online rooms', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    const config = { openSpace: { videoCallBaseUrl: 'https://calls.example.org', presenceTimeoutSeconds: 60 } };
    a = await createTestApp({ config });
    b = await createTestApp({ config, shareDatabaseWith: a });
  }, 120_000);
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const checkIns = (gatheringId: string) =>
    a.dataSource.query(`SELECT person_id AS "personId", method FROM check_ins WHERE gathering_id = $1`, [gatheringId]) as Promise<
      { personId: string; method: string }[]
    >;

  it(`${CROWD} people check in with the code at once on two API processes: each counted once`, async () => {
    const connor = await a.newPerson();
    const g = await a.build.gathering(connor, { title: 'The Big Door' });
    const people = await crowd(a, CROWD, 'door');
    for (const p of people) await a.build.registration(p, g);
    const { checkInCode } = await connor.client.data<{ checkInCode: { code: string } }>(CODE, { id: g.id });
    // Each taps twice, on both processes, all at the same moment.
    const taps = people.flatMap((p) =>
      [a, b].map((app) =>
        new GraphQLClient(app.baseUrl, { cookie: p.cookie }).data<{ checkInWithCode: { status: string } }>(WITH_CODE, {
          input: { gatheringId: g.id, code: checkInCode.code },
        }),
      ),
    );
    const results = await Promise.all(taps);
    expect(results.every((r) => r.checkInWithCode.status === 'ATTENDED')).toBe(true);
    const rows = await checkIns(g.id);
    expect(rows).toHaveLength(CROWD);
    expect(new Set(rows.map((r) => r.personId)).size).toBe(CROWD);
  }, 120_000);

  it('joining an online room checks a person with a place in; the code, a tick and the room at once count them once', async () => {
    const day = await openSpaceDay(a, [
      { name: 'Online', capacity: 50, tags: ['ONLINE'], videoRoom: 'weave-check-in-1' },
      { name: 'Hall', capacity: 50 },
    ]);
    const { connor, gatheringId } = day;
    const ana = await registered(a, gatheringId, 'Ana Online');
    const bea = await registered(a, gatheringId, 'Bea Hall');
    const room = async (host: typeof ana, spaceId: string) => {
      const { proposeSession } = await host.client.data<{ proposeSession: { id: string } }>(PROPOSE, {
        input: { gatheringId, title: `Room ${spaceId}` },
      });
      await connor.client.data(PLACE, { input: { sessionId: proposeSession.id, slotId: day.slotIds[0], spaceId } });
      return proposeSession.id;
    };
    const [online, hall] = [await room(ana, day.spaceIds[0]), await room(bea, day.spaceIds[1])];
    await connor.client.data(STATUS, { input: { gatheringId, status: 'LIVE' } });

    // The hall is not online: walking in is not checking in (a convener ticks, or the QR code).
    await bea.client.data(JOIN, { input: { sessionId: hall } });
    // A convener without a place joins the online room: not counted as a participant who came.
    await connor.client.data(JOIN, { input: { sessionId: online } });
    expect(await checkIns(gatheringId)).toEqual([]);

    const { code } = (await connor.client.data<{ checkInCode: { code: string } }>(CODE, { id: gatheringId })).checkInCode;
    const [{ id: registrationId }] = await a.dataSource.query(`SELECT id FROM registrations WHERE person_id = $1`, [ana.id]);
    const onB = new GraphQLClient(b.baseUrl, { cookie: ana.client.cookieHeader });
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => [
        (i % 2 ? onB : ana.client).data(JOIN, { input: { sessionId: online } }),
        (i % 2 ? onB : ana.client).data(WITH_CODE, { input: { gatheringId, code } }),
        connor.client.data(TICK, { input: { gatheringId, registrationId } }),
      ]).flat(),
    );
    const rows = await checkIns(gatheringId);
    expect(rows).toHaveLength(1);
    expect(rows[0].personId).toBe(ana.id);

    // Bea walks into the online room later: checked in by the room.
    await bea.client.data(JOIN, { input: { sessionId: online } });
    expect((await checkIns(gatheringId)).find((r) => r.personId === bea.id)).toEqual({ personId: bea.id, method: 'online_room' });
  }, 60_000);
});
