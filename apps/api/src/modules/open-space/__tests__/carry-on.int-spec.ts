import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { JOIN, openSpaceDay, PLACE, PROPOSE, registered, STATUS } from './open-space-fixture.js';

const CARRY_ON = `mutation($input: CarryOnSessionInput!) { carryOnSession(input: $input) {
  id slug status format capacity followsUp { id } convenedBy { name } pendingCoConveners { name } viewerIsConvener } }`;
const ADD_NOTE = 'mutation($input: AddNoteInput!) { addNote(input: $input) { id } }';
const LEAVE = 'mutation($input: GatheringIdInput!) { leaveRoom(input: $input) { gatheringId } }';
const when = { startsAt: '2027-06-01T17:00:00Z', endsAt: '2027-06-01T18:00:00Z', timeZone: 'Europe/London' };

type CarriedOn = {
  id: string;
  slug: string;
  status: string;
  format: string;
  capacity: number | null;
  followsUp: { id: string };
  convenedBy: { name: string }[];
  pendingCoConveners: { name: string }[] | null;
  viewerIsConvener: boolean;
};

describe('"carry this on": a follow-up of one breakout, inviting the people who took part in it', () => {
  let t: TestApp;
  let connor: TestPerson;
  let gatheringId: string;
  let sessionId: string;
  let host: TestPerson;
  let visitor: TestPerson;
  let writer: TestPerson;
  let elsewhere: TestPerson;

  const carryOn = (who: TestPerson, extra: Record<string, unknown> = {}) =>
    who.client.data<{ carryOnSession: CarriedOn }>(CARRY_ON, {
      input: { sessionId, title: 'Food and belonging, carried on', ...when, ...extra },
    });
  const toldOf = async (followUpId: string): Promise<string[]> =>
    (
      (await t.dataSource.query(`SELECT recipient_id FROM notifications WHERE kind = 'follow_up_announced' AND subject_id = $1`, [
        followUpId,
      ])) as { recipient_id: string }[]
    )
      .map((r) => r.recipient_id)
      .sort();

  beforeAll(async () => {
    t = await createTestApp();
    const day = await openSpaceDay(
      t,
      [
        { name: 'Garden', capacity: 10 },
        { name: 'Hall', capacity: 10 },
      ],
      1,
    );
    ({ connor, gatheringId } = day);
    host = await registered(t, gatheringId, 'Hana Host');
    visitor = await registered(t, gatheringId, 'Vic Visitor');
    writer = await registered(t, gatheringId, 'Wyn Writer');
    elsewhere = await registered(t, gatheringId, 'Elle Elsewhere');
    sessionId = (
      await host.client.data<{ proposeSession: { id: string } }>(PROPOSE, { input: { gatheringId, title: 'Food and belonging' } })
    ).proposeSession.id;
    const other = (await elsewhere.client.data<{ proposeSession: { id: string } }>(PROPOSE, { input: { gatheringId, title: 'Transport' } }))
      .proposeSession.id;
    await host.client.data(PLACE, { input: { sessionId, slotId: day.slotIds[0], spaceId: day.spaceIds[0] } });
    await elsewhere.client.data(PLACE, { input: { sessionId: other, slotId: day.slotIds[0], spaceId: day.spaceIds[1] } });
    await connor.client.data(STATUS, { input: { gatheringId, status: 'LIVE' } });
    // Vic came and went on; Wyn only wrote a note from afar; Elle was in another room.
    await visitor.client.data(JOIN, { input: { sessionId } });
    await visitor.client.data(LEAVE, { input: { gatheringId } });
    await writer.client.data(ADD_NOTE, { input: { sessionId, text: 'Shared meals' } });
    await elsewhere.client.data(JOIN, { input: { sessionId: other } });
    await connor.client.data(STATUS, { input: { gatheringId, status: 'CLOSED' } });
  }, 60_000);
  afterAll(() => t.close());

  it('the host carries their breakout on after the day; announcing it invites and tells exactly the people who took part in it', async () => {
    const { carryOnSession: followUp } = await carryOn(host);
    expect(followUp).toMatchObject({
      status: 'DRAFT',
      format: 'ONLINE',
      capacity: null,
      followsUp: { id: gatheringId },
      viewerIsConvener: true,
    });
    // The host leads no convening network: it is asked to co-convene, not named as convening.
    expect(followUp.convenedBy).toEqual([]);
    expect(followUp.pendingCoConveners).toHaveLength(1);
    await host.client.data(STATUS, { input: { gatheringId: followUp.id, status: 'PUBLISHED' } });
    expect(await toldOf(followUp.id)).toEqual([visitor.id, writer.id].sort());
    const mails = (await t.outbox()).filter((m) => m.subject === 'Carry on the conversation: Food and belonging, carried on');
    expect(mails.map((m) => m.to).sort()).toEqual([visitor.email, writer.email].sort());
  });

  it('a convener of the gathering may carry a breakout on too (and the host is then told)', async () => {
    const { carryOnSession: followUp } = await carryOn(connor, { title: 'Convener carries it on', format: 'HYBRID', capacity: 40 });
    expect(followUp).toMatchObject({ format: 'HYBRID', capacity: 40, convenedBy: [{ name: expect.any(String) as string }] });
    await connor.client.data(STATUS, { input: { gatheringId: followUp.id, status: 'PUBLISHED' } });
    expect(await toldOf(followUp.id)).toEqual([host.id, visitor.id, writer.id].sort());
  });

  it('other participants, outsiders and signed-out callers may not; unknown sessions are NOT_FOUND; bad input is refused', async () => {
    for (const who of [visitor, elsewhere]) {
      const error = await who.client.error(CARRY_ON, { input: { sessionId, title: 'Not mine', ...when } });
      expect({ code: error.code, reason: error.extensions?.reason }).toEqual({ code: 'FORBIDDEN', reason: 'NotHostOrConvener' });
    }
    const outsider = await t.newPerson();
    expect((await outsider.client.error(CARRY_ON, { input: { sessionId, title: 'Not mine', ...when } })).code).toBe('FORBIDDEN');
    expect((await t.client().error(CARRY_ON, { input: { sessionId, title: 'Not mine', ...when } })).code).toBe('UNAUTHENTICATED');
    expect(
      (await host.client.error(CARRY_ON, { input: { sessionId: '00000000-0000-4000-8000-000000000000', title: 'Nothing', ...when } })).code,
    ).toBe('NOT_FOUND');
    for (const bad of [{ endsAt: when.startsAt }, { title: '' }, { timeZone: 'Nowhere/Else' }, { capacity: -1 }, { sessionId: 'x' }]) {
      expect((await host.client.error(CARRY_ON, { input: { sessionId, title: 'Fine title', ...when, ...bad } })).code).toBe(
        'BAD_USER_INPUT',
      );
    }
  });

  it('a host who no longer takes part (cancelled their place) may not carry it on', async () => {
    await t.dataSource.query(`UPDATE registrations SET status = 'cancelled' WHERE person_id = $1 AND gathering_id = $2`, [
      host.id,
      gatheringId,
    ]);
    const error = await host.client.error(CARRY_ON, { input: { sessionId, title: 'Gone', ...when } });
    expect(error.code).toBe('FORBIDDEN');
  });
});
