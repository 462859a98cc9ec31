import { GatheringStatus } from '../gathering.enums.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';

// A convener's ticks and unticks change who came (the record funders' figures are built on), so each
// change goes on the audit trail with the act; refusals and ticks that change nothing leave none.

const TICK = 'mutation($input: RegistrationIdInput!) { checkInPerson(input: $input) { id status } }';
const UNTICK = 'mutation($input: RegistrationIdInput!) { undoCheckIn(input: $input) { id status } }';
const CODE = 'query($id: UUID!) { checkInCode(gatheringId: $id) { code } }';
const WITH_CODE = 'mutation($input: CheckInWithCodeInput!) { checkInWithCode(input: $input) { id status } }';
const EVENTS = `query($subjectId: UUID) {
  auditEvents(first: 20, subjectType: REGISTRATION, subjectId: $subjectId) {
    totalCount edges { node { action subjectId actor { displayName } } } } }`;

type Events = {
  auditEvents: { totalCount: number; edges: { node: { action: string; subjectId: string; actor: { displayName: string } } }[] };
};

describe('check-ins: the convener’s ticks on the audit trail', () => {
  let t: TestApp;
  let connor: TestPerson;
  let admin: TestPerson;
  let networkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    connor = await t.newPerson({ displayName: 'Connor Convener' });
    admin = await t.newAdmin();
    networkId = (await t.newNetwork(connor, { name: 'Audited Door Network' })).id;
  });
  afterAll(() => t.close());

  const gathering = (title: string, status?: GatheringStatus) =>
    t.build.gathering(connor, { title, networkIds: [networkId], ...(status ? { status } : {}) });
  const registered = async (name: string, g: { id: string }) => {
    const p = await t.newPerson({ displayName: name });
    return { ...p, registrationId: (await t.build.registration(p, g)).id };
  };
  const trail = async (registrationId: string) =>
    (await admin.client.data<Events>(EVENTS, { subjectId: registrationId })).auditEvents.edges.map((e) => [
      e.node.action,
      e.node.actor.displayName,
    ]);

  it('records who ticked whom in and who took it back, once per change, with the gathering and person', async () => {
    const g = await gathering('Audited Day');
    const ana = await registered('Ana', g);
    const input = { gatheringId: g.id, registrationId: ana.registrationId };
    await connor.client.data(TICK, { input });
    await connor.client.data(TICK, { input }); // already in: nothing changes, nothing recorded
    await connor.client.data(UNTICK, { input });
    await connor.client.data(UNTICK, { input }); // already out
    expect(await trail(ana.registrationId)).toEqual([
      ['CHECK_IN_UNTICKED', 'Connor Convener'],
      ['CHECK_IN_TICKED', 'Connor Convener'],
    ]);
    const [stored] = await t.dataSource.query(
      `SELECT actor_id, detail FROM audit_events WHERE subject_id = $1 AND action = 'check_in_ticked'`,
      [ana.registrationId],
    );
    expect(stored).toEqual({ actor_id: connor.id, detail: { gatheringId: g.id, personId: ana.id, gatheringStatus: 'published' } });
  });

  it('records a correction after the gathering closed, and an untick of a self check-in', async () => {
    const g = await gathering('Corrected Day');
    const bea = await registered('Bea', g);
    const { checkInCode } = await connor.client.data<{ checkInCode: { code: string } }>(CODE, { id: g.id });
    await bea.client.data(WITH_CODE, { input: { gatheringId: g.id, code: checkInCode.code } });
    expect(await trail(bea.registrationId)).toEqual([]); // the person's own check-in is not a convener's act
    await t.dataSource.query(`UPDATE gatherings SET status = 'closed' WHERE id = $1`, [g.id]);
    await connor.client.data(UNTICK, { input: { gatheringId: g.id, registrationId: bea.registrationId } });
    expect(await trail(bea.registrationId)).toEqual([['CHECK_IN_UNTICKED', 'Connor Convener']]);
    const [{ detail }] = await t.dataSource.query(`SELECT detail FROM audit_events WHERE subject_id = $1`, [bea.registrationId]);
    expect(detail.gatheringStatus).toBe('closed');
  });

  it('leaves no record for refused ticks: a participant, a signed-out caller, another gathering’s registration, a draft', async () => {
    const g = await gathering('Guarded Audit Day');
    const other = await gathering('Other Audit Day');
    const draft = await gathering('Draft Audit Day', GatheringStatus.DRAFT);
    const ana = await registered('Ana', g);
    const stranger = await registered('Stranger', other);
    const drafted = await registered('Drafted', draft);
    expect((await ana.client.error(TICK, { input: { gatheringId: g.id, registrationId: ana.registrationId } })).code).toBe('FORBIDDEN');
    expect((await t.client().error(UNTICK, { input: { gatheringId: g.id, registrationId: ana.registrationId } })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await connor.client.error(TICK, { input: { gatheringId: g.id, registrationId: stranger.registrationId } })).code).toBe(
      'NOT_FOUND',
    );
    expect((await connor.client.error(TICK, { input: { gatheringId: draft.id, registrationId: drafted.registrationId } })).code).toBe(
      'CONFLICT',
    );
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE subject_id = ANY($1)`, [
      [ana.registrationId, stranger.registrationId, drafted.registrationId],
    ]);
    expect(n).toBe(0);
  });
});
