import { DB_TOKEN, type Db } from '../../../database/database.js';
import { RegistrationMode } from '../../gatherings/gathering.enums.js';
import { AuditAction, AuditSubject } from '../audit.enums.js';
import { AuditService } from '../audit.service.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';

// Each consequential act leaves exactly one event in the audit trail, written
// with the act; an act that fails leaves none; only platform admins read it.

const EVENTS = `query($first: Int, $after: String, $action: AuditAction, $subjectType: AuditSubject, $subjectId: UUID) {
  auditEvents(first: $first, after: $after, action: $action, subjectType: $subjectType, subjectId: $subjectId) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { action subjectType subjectId detail actor { id displayName } createdAt } } } }`;
type Event = { action: string; subjectType: string; subjectId: string; detail: string; actor: { id: string; displayName: string } | null };
type Events = {
  auditEvents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Event }[] };
};

const INVITE = 'mutation($input: InviteToNetworkInput!) { inviteToNetwork(input: $input) { id } }';
const RESPOND = 'mutation($input: RespondToNetworkInvitationInput!) { respondToNetworkInvitation(input: $input) { status } }';
const HAND_OVER = 'mutation($input: HandOverRoleInput!) { handOverRole(input: $input) }';
const REMOVE = 'mutation($input: RemoveNetworkRoleInput!) { removeNetworkRole(input: $input) }';
const LIST = 'mutation($input: ListNetworkInput!) { listNetwork(input: $input) { id } }';
const CLAIM = 'mutation($input: ClaimNetworkInput!) { claimNetwork(input: $input) { id } }';
const DECIDE_CLAIM = 'mutation($input: DecideNetworkClaimInput!) { decideNetworkClaim(input: $input) { status } }';
const CLOSE = 'mutation($input: CloseNetworkInput!) { closeNetwork(input: $input) { isClosed } }';
const REGISTER = 'mutation($input: RegisterForGatheringInput!) { registerForGathering(input: $input) { id status } }';
const DECIDE_REGISTRATION = 'mutation($input: DecideRegistrationInput!) { decideRegistration(input: $input) { status } }';
const INVITE_CO = 'mutation($input: InviteCoConvenerInput!) { inviteCoConvener(input: $input) { id } }';
const RESPOND_CO = 'mutation($input: RespondToCoConveningInput!) { respondToCoConvening(input: $input) { viewerIsConvener } }';

describe('the audit trail', () => {
  let t: TestApp;
  let admin: TestPerson;
  let faith: TestPerson;

  /** Every event about one subject, straight from the table (what was written, whatever the API shows). */
  const stored = async (subjectId: string) =>
    (await t.dataSource.query(`SELECT action, actor_id, detail FROM audit_events WHERE subject_id = $1 ORDER BY created_at`, [
      subjectId,
    ])) as { action: string; actor_id: string | null; detail: Record<string, unknown> }[];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.newAdmin();
    faith = await t.newPerson({ displayName: 'Faith Facilitator' });
  });
  afterAll(() => t.close());

  it('records role changes and hand-overs, once each, with who and what; a refused hand-over leaves nothing', async () => {
    const network = await t.newNetwork(faith, { name: 'Audited Network' });
    const connor = await t.newPerson({ displayName: 'Connor' });
    const { inviteToNetwork } = await faith.client.data<{ inviteToNetwork: { id: string } }>(INVITE, {
      input: { networkId: network.id, email: connor.email, role: 'CONVENER' },
    });
    expect(await stored(network.id)).toEqual([]); // an invitation changes no one's role yet
    await connor.client.data(RESPOND, { input: { invitationId: inviteToNetwork.id, accept: true } });
    expect(await stored(network.id)).toEqual([
      { action: 'role_granted', actor_id: connor.id, detail: { role: 'convener', personId: connor.id, invitationId: inviteToNetwork.id } },
    ]);

    const outsider = await t.newPerson();
    const refused = await faith.client.error(HAND_OVER, { input: { networkId: network.id, role: 'FACILITATOR', toPersonId: outsider.id } });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(await stored(network.id)).toHaveLength(1);

    await faith.client.data(HAND_OVER, { input: { networkId: network.id, role: 'FACILITATOR', toPersonId: connor.id } });
    await connor.client.data(REMOVE, { input: { networkId: network.id, personId: connor.id, role: 'CONVENER' } });
    expect((await stored(network.id)).slice(1)).toEqual([
      { action: 'role_handed_over', actor_id: faith.id, detail: { role: 'facilitator', fromPersonId: faith.id, toPersonId: connor.id } },
      { action: 'role_ended', actor_id: connor.id, detail: { role: 'convener', personId: connor.id } },
    ]);
    // Removing a role no one holds is refused, and leaves nothing.
    expect(
      (await connor.client.error(REMOVE, { input: { networkId: network.id, personId: connor.id, role: 'CONVENER' } })).code,
    ).toBeTruthy();
    expect(await stored(network.id)).toHaveLength(3);
  });

  it('records a claim decided, once, by the admin who decided; a second decision is refused and leaves nothing', async () => {
    const coalition = await t.newNetwork(faith, { kind: 'COALITION' });
    const { listNetwork } = await faith.client.data<{ listNetwork: { id: string } }>(LIST, {
      input: { name: 'Riverside Audit Allotments', kind: 'NETWORK', memberOfNetworkId: coalition.id },
    });
    const rosa = await t.newPerson();
    const { claimNetwork } = await rosa.client.data<{ claimNetwork: { id: string } }>(CLAIM, {
      input: { networkId: listNetwork.id, message: 'I have run the allotments committee since 2019.' },
    });
    expect((await rosa.client.error(DECIDE_CLAIM, { input: { claimId: claimNetwork.id, approve: true } })).code).toBe('FORBIDDEN');
    expect(await stored(claimNetwork.id)).toEqual([]);
    await admin.client.data(DECIDE_CLAIM, { input: { claimId: claimNetwork.id, approve: true } });
    expect(await stored(claimNetwork.id)).toEqual([
      { action: 'claim_decided', actor_id: admin.id, detail: { approved: true, networkId: listNetwork.id, claimantId: rosa.id } },
    ]);
    expect((await admin.client.error(DECIDE_CLAIM, { input: { claimId: claimNetwork.id, approve: false } })).code).toBe('NOT_FOUND');
    expect(await stored(claimNetwork.id)).toHaveLength(1);
  });

  it('records a network closed, once; closing it again is refused and leaves nothing', async () => {
    const network = await t.newNetwork(faith);
    const note = 'Our members joined the Valleys Food Coalition; the recipes live on at the library.';
    const stranger = await t.newPerson();
    expect((await stranger.client.error(CLOSE, { input: { networkId: network.id, closingNote: note } })).code).toBe('FORBIDDEN');
    await faith.client.data(CLOSE, { input: { networkId: network.id, closingNote: note } });
    expect((await faith.client.error(CLOSE, { input: { networkId: network.id, closingNote: note } })).code).toBe('CONFLICT');
    expect(await stored(network.id)).toEqual([{ action: 'network_closed', actor_id: faith.id, detail: { stageBefore: 'forming' } }]);
  });

  it('records registrations decided and the registrations spreadsheet downloaded, and co-conveners accepted', async () => {
    const network = await t.newNetwork(faith);
    const g = await t.build.gathering(faith, {
      title: 'Audited Gathering',
      networkIds: [network.id],
      registrationMode: RegistrationMode.APPROVAL,
    });
    const ana = await t.newPerson();
    const { registerForGathering } = await ana.client.data<{ registerForGathering: { id: string } }>(REGISTER, {
      input: { gatheringId: g.id },
    });
    expect(
      (
        await ana.client.error(DECIDE_REGISTRATION, {
          input: { gatheringId: g.id, registrationId: registerForGathering.id, approve: true },
        })
      ).code,
    ).toBe('FORBIDDEN');
    await faith.client.data(DECIDE_REGISTRATION, { input: { gatheringId: g.id, registrationId: registerForGathering.id, approve: true } });
    expect(await stored(registerForGathering.id)).toEqual([
      {
        action: 'registration_decided',
        actor_id: faith.id,
        detail: { approved: true, status: 'registered', gatheringId: g.id, personId: ana.id },
      },
    ]);

    expect(
      (await fetch(`${t.baseUrl}/api/gatherings/${g.id}/registrations.csv`, { headers: { cookie: ana.client.cookieHeader } })).status,
    ).toBe(404);
    expect(await stored(g.id)).toEqual([]);
    expect(
      (await fetch(`${t.baseUrl}/api/gatherings/${g.id}/registrations.csv`, { headers: { cookie: faith.client.cookieHeader } })).status,
    ).toBe(200);
    expect(await stored(g.id)).toEqual([
      { action: 'export_downloaded', actor_id: faith.id, detail: { export: 'registrations.csv', rows: 1 } },
    ]);

    const otto = await t.newPerson();
    const other = await t.newNetwork(otto);
    await faith.client.data(INVITE_CO, { input: { gatheringId: g.id, networkId: other.id } });
    await otto.client.data(RESPOND_CO, { input: { gatheringId: g.id, networkId: other.id, accept: true } });
    expect((await stored(g.id)).slice(1)).toEqual([
      { action: 'role_granted', actor_id: otto.id, detail: { role: 'convener', personId: otto.id, forNetworkId: other.id } },
    ]);
  });

  it('names what each act was done to and the people, networks and gatherings it mentions, for the admin who reads it', async () => {
    const NAMED = `query($subjectId: UUID) { auditEvents(subjectId: $subjectId) { edges { node {
      action subjectName mentions { key name } } } } }`;
    type Named = {
      auditEvents: { edges: { node: { action: string; subjectName: string | null; mentions: { key: string; name: string }[] } }[] };
    };
    const named = async (subjectId: string) => (await admin.client.data<Named>(NAMED, { subjectId })).auditEvents.edges.map((e) => e.node);
    const only = (action: string, subjectName: string, mentions: [string, string][]) => [
      { action, subjectName, mentions: mentions.map(([key, name]) => ({ key, name })) },
    ];

    // A claim decided: the claim is named by its network; the detail's network and claimant by name.
    const coalition = await t.newNetwork(faith, { kind: 'COALITION' });
    const { listNetwork } = await faith.client.data<{ listNetwork: { id: string } }>(LIST, {
      input: { name: 'Brookside Named Allotments', kind: 'NETWORK', memberOfNetworkId: coalition.id },
    });
    const rosa = await t.newPerson({ displayName: 'Rosa Claimant' });
    const { claimNetwork } = await rosa.client.data<{ claimNetwork: { id: string } }>(CLAIM, {
      input: { networkId: listNetwork.id, message: 'I chair the allotments committee.' },
    });
    await admin.client.data(DECIDE_CLAIM, { input: { claimId: claimNetwork.id, approve: true } });
    expect(await named(claimNetwork.id)).toEqual(
      only('CLAIM_DECIDED', 'Brookside Named Allotments', [
        ['claimantId', 'Rosa Claimant'],
        ['networkId', 'Brookside Named Allotments'],
      ]),
    );

    // A registration decided: named by whose it is; the detail's gathering and person by name.
    const g = await t.build.gathering(faith, { title: 'Named Gathering', registrationMode: RegistrationMode.APPROVAL });
    const ben = await t.newPerson({ displayName: 'Ben Registrant' });
    const { registerForGathering } = await ben.client.data<{ registerForGathering: { id: string } }>(REGISTER, {
      input: { gatheringId: g.id },
    });
    await faith.client.data(DECIDE_REGISTRATION, { input: { gatheringId: g.id, registrationId: registerForGathering.id, approve: true } });
    expect(await named(registerForGathering.id)).toEqual(
      only('REGISTRATION_DECIDED', 'Ben Registrant', [
        ['gatheringId', 'Named Gathering'],
        ['personId', 'Ben Registrant'],
      ]),
    );

    // A members-only network is named too (the trail is the platform admins'); an id that is not
    // a person's, or whose person has gone, or a detail value that is not an id, names nobody.
    const hidden = await t.newNetwork(faith, { name: 'Quiet Members Circle', visibility: 'MEMBERS_ONLY' });
    const gone = await t.newPerson();
    await t.dataSource.query(
      `INSERT INTO audit_events (actor_id, action, subject_type, subject_id, detail) VALUES ($1, 'role_ended', 'network', $2, $3)`,
      [
        faith.id,
        hidden.id,
        JSON.stringify({ role: 'convener', personId: gone.id, toPersonId: hidden.id, networkId: 'not-an-id', invitationId: g.id }),
      ],
    );
    await t.dataSource.query(`DELETE FROM people WHERE id = $1`, [gone.id]);
    expect(await named(hidden.id)).toEqual(only('ROLE_ENDED', 'Quiet Members Circle', []));
  });

  it('is written in the act’s own transaction: when the act fails after recording, nothing is left', async () => {
    const network = await t.newNetwork(faith);
    const audit = t.app.get(AuditService);
    const act = t.app
      .get<Db>(DB_TOKEN)
      .transaction()
      .execute(async (trx) => {
        await audit.record(
          { personId: faith.id },
          { action: AuditAction.NETWORK_CLOSED, subjectType: AuditSubject.NETWORK, subjectId: network.id },
          trx,
        );
        throw new Error('the act itself failed');
      });
    await expect(act).rejects.toThrow('the act itself failed');
    expect(await stored(network.id)).toEqual([]);
  });

  it('is read by platform admins only: newest first, a page at a time, filtered by action and subject', async () => {
    const network = await t.newNetwork(faith);
    const note = 'Everything we made is now held by the county network; thank you all.';
    await faith.client.data(CLOSE, { input: { networkId: network.id, closingNote: note } });

    expect((await faith.client.error(EVENTS, {})).code).toBe('FORBIDDEN');
    expect((await t.client().error(EVENTS, {})).code).toBe('UNAUTHENTICATED');

    const closed = await admin.client.data<Events>(EVENTS, { action: 'NETWORK_CLOSED', subjectType: 'NETWORK', subjectId: network.id });
    expect(closed.auditEvents.totalCount).toBe(1);
    expect(closed.auditEvents.edges[0].node).toMatchObject({
      action: 'NETWORK_CLOSED',
      subjectType: 'NETWORK',
      subjectId: network.id,
      actor: { id: faith.id, displayName: 'Faith Facilitator' },
    });
    expect(JSON.parse(closed.auditEvents.edges[0].node.detail)).toEqual({ stageBefore: 'forming' });

    const all = await admin.client.data<Events>(EVENTS, { first: 100 });
    const first = await admin.client.data<Events>(EVENTS, { first: 2 });
    expect(first.auditEvents.pageInfo.hasNextPage).toBe(true);
    const second = await admin.client.data<Events>(EVENTS, { first: 2, after: first.auditEvents.pageInfo.endCursor });
    const newest = all.auditEvents.edges.map((e) => e.node);
    expect([...first.auditEvents.edges, ...second.auditEvents.edges].map((e) => e.node)).toEqual(newest.slice(0, 4));
    expect(newest[0]).toMatchObject({ action: 'NETWORK_CLOSED', subjectId: network.id });

    const none = await admin.client.data<Events>(EVENTS, { action: 'POST_HIDDEN' });
    expect(none.auditEvents).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    expect((await admin.client.error(EVENTS, { after: 'not-a-cursor' })).code).toBe('BAD_USER_INPUT');
    expect((await admin.client.error(EVENTS, { subjectId: 'not-an-id' })).code).toBe('BAD_USER_INPUT');
  });
});
