import { parse } from 'csv-parse/sync';
import { GatheringStatus, RegistrationMode, RegistrationStatus } from '../gathering.enums.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';

// Who came: the check-in code (QR), the convener's ticks, and what attendance shows in
// registrations, their CSV and "who's missing". Each test makes its own gathering.

const CODE = 'query($id: UUID!) { checkInCode(gatheringId: $id) { gatheringId code path } }';
const REGENERATE = 'mutation($input: GatheringIdInput!) { regenerateCheckInCode(input: $input) { code path } }';
const WITH_CODE = `mutation($input: CheckInWithCodeInput!) {
  checkInWithCode(input: $input) { id status checkIn { method checkedInAt } } }`;
const TICK = 'mutation($input: RegistrationIdInput!) { checkInPerson(input: $input) { id personName status checkIn { method } } }';
const UNTICK = 'mutation($input: RegistrationIdInput!) { undoCheckIn(input: $input) { id status checkIn { method } } }';
const LIST =
  'query($id: UUID!, $status: RegistrationStatus) { gatheringRegistrations(gatheringId: $id, status: $status) { personName status } }';
const REGISTER = 'mutation($input: RegisterForGatheringInput!) { registerForGathering(input: $input) { id status } }';
const CANCEL = 'mutation($input: GatheringIdInput!) { cancelRegistration(input: $input) { status } }';
const MISSING = `query($id: UUID!) { whosMissing(gatheringId: $id) {
  registered came sectorsNotCome notComeByNetwork { network { name } registered came } } }`;

type CheckedIn = { id: string; status: string; checkIn: { method: string; checkedInAt: string } | null };

describe('check-in: who came', () => {
  let t: TestApp;
  let connor: TestPerson;
  let networkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    connor = await t.newPerson({ displayName: 'Connor Convener' });
    networkId = (await t.newNetwork(connor, { name: 'Check-in Network' })).id;
  });
  afterAll(() => t.close());

  const gathering = (options: Parameters<TestApp['build']['gathering']>[1] = {}) =>
    t.build.gathering(connor, { title: 'Door Day', networkIds: [networkId], ...options });
  const codeOf = async (id: string) => (await connor.client.data<{ checkInCode: { code: string } }>(CODE, { id })).checkInCode.code;
  const checkIns = (gatheringId: string) =>
    t.dataSource.query(`SELECT person_id AS "personId", method FROM check_ins WHERE gathering_id = $1 ORDER BY checked_in_at`, [
      gatheringId,
    ]) as Promise<{ personId: string; method: string }[]>;
  const person = async (name: string, g?: { id: string }) => {
    const p = await t.newPerson({ displayName: name });
    const registration = g ? await t.build.registration(p, g) : null;
    return { ...p, registrationId: registration?.id ?? '' };
  };

  it('gives conveners one unguessable code with the link for the QR code, and a new one on demand that retires the old', async () => {
    const g = await gathering({ title: 'Code Day' });
    const first = (await connor.client.data<{ checkInCode: { code: string; path: string } }>(CODE, { id: g.id })).checkInCode;
    expect(first.code).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(first.path).toBe(`/gatherings/${g.slug}/check-in?code=${first.code}`);
    expect(await codeOf(g.id)).toBe(first.code);
    const { regenerateCheckInCode } = await connor.client.data<{ regenerateCheckInCode: { code: string } }>(REGENERATE, {
      input: { gatheringId: g.id },
    });
    expect(regenerateCheckInCode.code).not.toBe(first.code);
    expect(await codeOf(g.id)).toBe(regenerateCheckInCode.code);

    const ana = await person('Ana', g);
    const old = await ana.client.error(WITH_CODE, { input: { gatheringId: g.id, code: first.code } });
    expect(old).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { reason: 'WrongCheckInCode' } });
    expect(await checkIns(g.id)).toEqual([]);
  });

  it('shows the code to conveners only: a participant is FORBIDDEN, a signed-out caller UNAUTHENTICATED', async () => {
    const g = await gathering({ title: 'Secret Code Day' });
    const ana = await person('Ana', g);
    expect((await ana.client.error(CODE, { id: g.id })).code).toBe('FORBIDDEN');
    expect((await ana.client.error(REGENERATE, { input: { gatheringId: g.id } })).code).toBe('FORBIDDEN');
    expect((await t.client().error(CODE, { id: g.id })).code).toBe('UNAUTHENTICATED');
  });

  it('checks a registered person in with one tap, once however often they tap', async () => {
    const g = await gathering({ title: 'Tap Day' });
    const ana = await person('Ana', g);
    const code = await codeOf(g.id);
    const { checkInWithCode } = await ana.client.data<{ checkInWithCode: CheckedIn }>(WITH_CODE, { input: { gatheringId: g.id, code } });
    expect(checkInWithCode).toMatchObject({ id: ana.registrationId, status: 'ATTENDED', checkIn: { method: 'CODE' } });
    const again = await ana.client.data<{ checkInWithCode: CheckedIn }>(WITH_CODE, { input: { gatheringId: g.id, code } });
    expect(again.checkInWithCode.checkIn).toEqual(checkInWithCode.checkIn);
    expect(await checkIns(g.id)).toEqual([{ personId: ana.id, method: 'code' }]);
    // Stored as a place; ATTENDED is derived from the check-in, never a second truth.
    const [{ status }] = await t.dataSource.query(`SELECT status FROM registrations WHERE id = $1`, [ana.registrationId]);
    expect(status).toBe('registered');
  });

  it("refuses another gathering's code, garbage, and signed-out callers, storing nothing", async () => {
    const g = await gathering({ title: 'Guarded Day' });
    const other = await gathering({ title: 'Other Day' });
    const ana = await person('Ana', g);
    const otherCode = await codeOf(other.id);
    await codeOf(g.id);
    for (const code of [otherCode, '', 'x'.repeat(22), "' OR 1=1 --"]) {
      const error = await ana.client.error(WITH_CODE, { input: { gatheringId: g.id, code } });
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { reason: 'WrongCheckInCode' } });
    }
    expect((await ana.client.error(WITH_CODE, { input: { gatheringId: g.id, code: 'y'.repeat(65) } })).code).toBe('BAD_USER_INPUT');
    const signedOut = await t.client().error(WITH_CODE, { input: { gatheringId: g.id, code: await codeOf(g.id) } });
    expect(signedOut.code).toBe('UNAUTHENTICATED');
    expect(await checkIns(g.id)).toEqual([]);
  });

  it('lets someone not registered for an open gathering register and check in in one step, while places last', async () => {
    const g = await gathering({ title: 'Walk-in Day', capacity: 1 });
    const code = await codeOf(g.id);
    const walkIn = await person('Walk-in');
    const asked = await walkIn.client.error(WITH_CODE, { input: { gatheringId: g.id, code } });
    expect(asked).toMatchObject({ code: 'NOT_FOUND', extensions: { reason: 'NotRegistered' } });
    const { checkInWithCode } = await walkIn.client.data<{ checkInWithCode: CheckedIn }>(WITH_CODE, {
      input: { gatheringId: g.id, code, register: true },
    });
    expect(checkInWithCode).toMatchObject({ status: 'ATTENDED', checkIn: { method: 'CODE' } });
    // Full now: the next walk-in is told so, and neither queued nor checked in.
    const late = await person('Late');
    const full = await late.client.error(WITH_CODE, { input: { gatheringId: g.id, code, register: true } });
    expect(full).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'GatheringFull' } });
    expect(await t.dataSource.query(`SELECT 1 FROM registrations WHERE person_id = $1`, [late.id])).toEqual([]);
    expect(await checkIns(g.id)).toEqual([{ personId: walkIn.id, method: 'code' }]);
    const [{ registered_count }] = await t.dataSource.query(`SELECT registered_count FROM gatherings WHERE id = $1`, [g.id]);
    expect(registered_count).toBe(1);
  });

  it('does not check in people without a place: the waiting list, or walk-ins to an invitation-only gathering', async () => {
    const g = await gathering({ title: 'Queue Day', capacity: 1 });
    await person('Has the place', g);
    const wanda = await person('Wanda');
    await t.build.registration(wanda, g, RegistrationStatus.WAITLISTED);
    const waiting = await wanda.client.error(WITH_CODE, { input: { gatheringId: g.id, code: await codeOf(g.id), register: true } });
    expect(waiting).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'NoPlaceToCheckIn' } });
    const invited = await gathering({ title: 'Invited Day', registrationMode: RegistrationMode.INVITATION_ONLY });
    const walkIn = await person('Walk-in');
    const refused = await walkIn.client.error(WITH_CODE, {
      input: { gatheringId: invited.id, code: await codeOf(invited.id), register: true },
    });
    expect(refused).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'NoPlaceToCheckIn' } });
    expect([...(await checkIns(g.id)), ...(await checkIns(invited.id))]).toEqual([]);
  });

  it('opens self check-in only while published or live; conveners may still correct attendance after it closed', async () => {
    const draft = await gathering({ title: 'Draft Day', status: GatheringStatus.DRAFT });
    const ana = await person('Ana', draft);
    expect((await ana.client.error(WITH_CODE, { input: { gatheringId: draft.id, code: await codeOf(draft.id) } })).code).toBe('NOT_FOUND');
    const closed = await gathering({ title: 'Closed Day', status: GatheringStatus.CLOSED });
    const bea = await person('Bea', closed);
    const late = await bea.client.error(WITH_CODE, { input: { gatheringId: closed.id, code: await codeOf(closed.id) } });
    expect(late).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'CheckInNotOpen', detail: 'closed' } });
    const ticked = await connor.client.data<{ checkInPerson: CheckedIn }>(TICK, {
      input: { gatheringId: closed.id, registrationId: bea.registrationId },
    });
    expect(ticked.checkInPerson).toMatchObject({ status: 'ATTENDED', checkIn: { method: 'CONVENER' } });
    const drafted = await connor.client.error(TICK, { input: { gatheringId: draft.id, registrationId: ana.registrationId } });
    expect(drafted).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'CheckInNotOpen' } });
  });

  it('lets only conveners tick people in and out, and only registrations of their own gathering', async () => {
    const g = await gathering({ title: 'Tick Day' });
    const other = await gathering({ title: 'Not Yours Day' });
    const ana = await person('Ana', g);
    const bob = await person('Bob', g);
    const stranger = await person('Stranger', other);
    const tick = (by: TestPerson, registrationId: string, gatheringId = g.id) =>
      by.client.error(TICK, { input: { gatheringId, registrationId } });

    expect((await tick(ana, ana.registrationId)).code).toBe('FORBIDDEN');
    expect((await tick(ana, bob.registrationId)).code).toBe('FORBIDDEN');
    expect((await t.client().error(TICK, { input: { gatheringId: g.id, registrationId: bob.registrationId } })).code).toBe(
      'UNAUTHENTICATED',
    );
    // Another gathering's registration through this gathering's id: not found, nothing stored.
    expect(await tick(connor, stranger.registrationId)).toMatchObject({ code: 'NOT_FOUND', extensions: { reason: 'NotRegistered' } });
    expect(await tick(connor, '00000000-0000-4000-8000-000000000000')).toMatchObject({ code: 'NOT_FOUND' });
    expect([...(await checkIns(g.id)), ...(await checkIns(other.id))]).toEqual([]);

    const { checkInPerson } = await connor.client.data<{ checkInPerson: CheckedIn & { personName: string } }>(TICK, {
      input: { gatheringId: g.id, registrationId: bob.registrationId },
    });
    expect(checkInPerson).toMatchObject({ personName: 'Bob', status: 'ATTENDED', checkIn: { method: 'CONVENER' } });
    const [{ checked_in_by_id }] = await t.dataSource.query(`SELECT checked_in_by_id FROM check_ins WHERE registration_id = $1`, [
      bob.registrationId,
    ]);
    expect(checked_in_by_id).toBe(connor.id);
    expect((await ana.client.error(UNTICK, { input: { gatheringId: g.id, registrationId: bob.registrationId } })).code).toBe('FORBIDDEN');
    const { undoCheckIn } = await connor.client.data<{ undoCheckIn: CheckedIn }>(UNTICK, {
      input: { gatheringId: g.id, registrationId: bob.registrationId },
    });
    expect(undoCheckIn).toMatchObject({ status: 'REGISTERED', checkIn: null });
    expect(await checkIns(g.id)).toEqual([]);
  });

  it('shows attendance in the registrations list (the Attended filter fills), the CSV and who is missing', async () => {
    const sectorNetwork = await t.newNetwork(connor, { name: 'Health Trust', sectors: ['PUBLIC_SECTOR'] });
    const g = await gathering({ title: 'Counted Day' });
    const code = await codeOf(g.id);
    const [ana, bob, cy] = [await person('Ana', g), await person('Bob', g), await person('Cy', g)];
    // On whose behalf they come (registering for a network needs a role in it: tested with registrations).
    for (const [who, network] of [
      [ana, networkId],
      [bob, networkId],
      [cy, sectorNetwork.id],
    ] as const)
      await t.dataSource.query(`UPDATE registrations SET representing_network_ids = $2 WHERE id = $1`, [who.registrationId, [network]]);
    await ana.client.data(WITH_CODE, { input: { gatheringId: g.id, code } });

    const list = async (status?: string) =>
      (await connor.client.data<{ gatheringRegistrations: { personName: string; status: string }[] }>(LIST, { id: g.id, status }))
        .gatheringRegistrations;
    expect(await list('ATTENDED')).toEqual([{ personName: 'Ana', status: 'ATTENDED' }]);
    expect((await list('REGISTERED')).map((r) => r.personName)).toEqual(['Bob', 'Cy']);
    expect((await list()).map((r) => r.status)).toEqual(['ATTENDED', 'REGISTERED', 'REGISTERED']);

    const response = await fetch(`${t.baseUrl}/api/gatherings/${g.id}/registrations.csv`, {
      headers: { cookie: connor.client.cookieHeader },
    });
    const rows = parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.name, r.status, r['checked in how'], r['checked in at'] !== ''])).toEqual([
      ['Ana', 'attended', 'code', true],
      ['Bob', 'registered', '', false],
      ['Cy', 'registered', '', false],
    ]);

    const { whosMissing } = await connor.client.data<{ whosMissing: Record<string, unknown> }>(MISSING, { id: g.id });
    expect(whosMissing).toEqual({
      registered: 3,
      came: 1,
      notComeByNetwork: [
        { network: { name: 'Check-in Network' }, registered: 2, came: 1 },
        { network: { name: 'Health Trust' }, registered: 1, came: 0 },
      ],
      sectorsNotCome: ['PUBLIC_SECTOR'],
    });
  });

  it('takes the check-in away with a cancelled place, so a cancelled registration never counts as come', async () => {
    const g = await gathering({ title: 'Cancel Day' });
    const ana = await person('Ana');
    await ana.client.data(REGISTER, { input: { gatheringId: g.id } });
    await ana.client.data(WITH_CODE, { input: { gatheringId: g.id, code: await codeOf(g.id) } });
    await ana.client.data(CANCEL, { input: { gatheringId: g.id } });
    expect(await checkIns(g.id)).toEqual([]);
  });

  it('refuses to store ATTENDED as a registration status: check-ins are the one record', async () => {
    const g = await gathering({ title: 'One Truth Day' });
    const ana = await person('Ana', g);
    await expect(t.dataSource.query(`UPDATE registrations SET status = 'attended' WHERE id = $1`, [ana.registrationId])).rejects.toThrow(
      /registrations_status_stored/,
    );
  });
});
