import { RoleAssignmentEntity } from '../../../roles/role-assignment.entity.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

const INVITE =
  'mutation($input: InviteToNetworkInput!) { inviteToNetwork(input: $input) { id email role status networkName invitedByName } }';
const MINE = '{ myNetworkInvitations { id networkSlug role } }';
const RESPOND = 'mutation($input: RespondToNetworkInvitationInput!) { respondToNetworkInvitation(input: $input) { status } }';
const REMOVE = 'mutation($input: RemoveNetworkRoleInput!) { removeNetworkRole(input: $input) }';
const HAND_OVER = 'mutation($input: HandOverRoleInput!) { handOverRole(input: $input) }';
const PEOPLE =
  'query($slug: String!, $past: Boolean) { network(slug: $slug) { people(includePast: $past) { person { id displayName } role until } pendingInvitations { email } } }';

type People = {
  network: { people: { person: { id: string }; role: string; until: string | null }[]; pendingInvitations: { email: string }[] | null };
};

describe('network roles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('a facilitator invites by email; the invitee accepts and holds the role', async () => {
    const faith = await t.newPerson({ displayName: 'Faith' });
    const network = await t.newNetwork(faith, { name: 'Welcome Table' });
    const invitation = (
      await faith.client.data<{ inviteToNetwork: { id: string } }>(INVITE, {
        input: { networkId: network.id, email: 'CONNOR@example.org', role: 'CONVENER' },
      })
    ).inviteToNetwork;
    expect(invitation).toMatchObject({
      email: 'CONNOR@example.org',
      role: 'CONVENER',
      status: 'PENDING',
      networkName: 'Welcome Table',
      invitedByName: 'Faith',
    });

    // Connor signs up later with the invited email (any case) and finds it waiting.
    const connor = await t.newPerson({ email: 'connor@example.org' });
    expect(await connor.client.data(MINE)).toEqual({
      myNetworkInvitations: [{ id: invitation.id, networkSlug: network.slug, role: 'CONVENER' }],
    });
    expect(await connor.client.data(RESPOND, { input: { invitationId: invitation.id, accept: true } })).toEqual({
      respondToNetworkInvitation: { status: 'ACCEPTED' },
    });
    expect(await connor.client.data(MINE)).toEqual({ myNetworkInvitations: [] });

    const { network: profile } = await t.client().data<People>(PEOPLE, { slug: network.slug });
    expect(profile.people.map((p) => [p.person.id, p.role])).toEqual([
      [faith.id, 'FACILITATOR'],
      [connor.id, 'CONVENER'],
    ]);
    expect(profile.pendingInvitations).toBeNull();
  });

  it('someone else cannot answer an invitation that is not theirs (NOT_FOUND), and a declined one is gone', async () => {
    const faith = await t.newPerson();
    const network = await t.newNetwork(faith);
    const { inviteToNetwork } = await faith.client.data<{ inviteToNetwork: { id: string } }>(INVITE, {
      input: { networkId: network.id, email: 'dee@example.org', role: 'MEMBER' },
    });
    const stranger = await t.newPerson();
    expect((await stranger.client.error(RESPOND, { input: { invitationId: inviteToNetwork.id, accept: true } })).code).toBe('NOT_FOUND');
    const dee = await t.newPerson({ email: 'dee@example.org' });
    expect(await dee.client.data(RESPOND, { input: { invitationId: inviteToNetwork.id, accept: false } })).toEqual({
      respondToNetworkInvitation: { status: 'DECLINED' },
    });
    expect((await dee.client.error(RESPOND, { input: { invitationId: inviteToNetwork.id, accept: true } })).code).toBe('NOT_FOUND');
  });

  it('refuses a second pending invitation and inviting someone who already holds the role (CONFLICT on email)', async () => {
    const faith = await t.newPerson();
    const network = await t.newNetwork(faith);
    await faith.client.data(INVITE, { input: { networkId: network.id, email: 'twice@example.org', role: 'MEMBER' } });
    const again = await faith.client.error(INVITE, { input: { networkId: network.id, email: 'Twice@example.org', role: 'MEMBER' } });
    expect(again.code).toBe('CONFLICT');
    expect(again.extensions?.fields).toHaveProperty('email');
    expect((await faith.client.error(INVITE, { input: { networkId: network.id, email: faith.email, role: 'FACILITATOR' } })).code).toBe(
      'CONFLICT',
    );
  });

  it('only facilitators invite, and they see pending invitations on the profile', async () => {
    const faith = await t.newPerson();
    const network = await t.newNetwork(faith);
    const other = await t.newPerson();
    expect((await other.client.error(INVITE, { input: { networkId: network.id, email: 'x@example.org', role: 'MEMBER' } })).code).toBe(
      'FORBIDDEN',
    );
    await faith.client.data(INVITE, { input: { networkId: network.id, email: 'x@example.org', role: 'MEMBER' } });
    const { network: profile } = await faith.client.data<People>(PEOPLE, { slug: network.slug });
    expect(profile.pendingInvitations).toEqual([{ email: 'x@example.org' }]);
  });

  it('a network always keeps at least one facilitator, even when two try to leave at once', async () => {
    const faith = await t.newPerson();
    const network = await t.newNetwork(faith);
    const { inviteToNetwork } = await faith.client.data<{ inviteToNetwork: { id: string } }>(INVITE, {
      input: { networkId: network.id, email: 'gwen@example.org', role: 'FACILITATOR' },
    });
    const gwen = await t.newPerson({ email: 'gwen@example.org' });
    await gwen.client.data(RESPOND, { input: { invitationId: inviteToNetwork.id, accept: true } });

    const results = await Promise.all([
      faith.client.request(REMOVE, { input: { networkId: network.id, personId: faith.id, role: 'FACILITATOR' } }),
      gwen.client.request(REMOVE, { input: { networkId: network.id, personId: gwen.id, role: 'FACILITATOR' } }),
    ]);
    const outcomes = results.map((r) => (r.errors ? String(r.errors[0].extensions?.code) : 'ok')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'ok']);
    const history = await t.dataSource.getRepository(RoleAssignmentEntity).countBy({ scopeId: network.id, role: 'facilitator' });
    expect(history).toBe(2);
    const stillFacilitating = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM role_assignments WHERE scope_id = $1 AND role = 'facilitator' AND ended_at IS NULL`,
      [network.id],
    );
    expect(stillFacilitating[0].n).toBe(1);
  });

  it('the convener hands the role on: one step, both periods in the history', async () => {
    const faith = await t.newPerson();
    const network = await t.newNetwork(faith);
    const invite = async (email: string, role: string) => {
      const { inviteToNetwork } = await faith.client.data<{ inviteToNetwork: { id: string } }>(INVITE, {
        input: { networkId: network.id, email, role },
      });
      const person = await t.newPerson({ email });
      await person.client.data(RESPOND, { input: { invitationId: inviteToNetwork.id, accept: true } });
      return person;
    };
    const connor = await invite('connor.hand@example.org', 'CONVENER');
    const mo = await invite('mo.hand@example.org', 'MEMBER');
    const outsider = await t.newPerson();

    expect(
      (await connor.client.error(HAND_OVER, { input: { networkId: network.id, role: 'CONVENER', toPersonId: outsider.id } })).extensions
        ?.fields,
    ).toHaveProperty('toPersonId');
    expect((await mo.client.error(HAND_OVER, { input: { networkId: network.id, role: 'CONVENER', toPersonId: faith.id } })).code).toBe(
      'FORBIDDEN',
    );
    expect(await connor.client.data(HAND_OVER, { input: { networkId: network.id, role: 'CONVENER', toPersonId: mo.id } })).toEqual({
      handOverRole: true,
    });

    const { network: history } = await faith.client.data<People>(PEOPLE, { slug: network.slug, past: true });
    const conveners = history.people.filter((p) => p.role === 'CONVENER');
    expect(conveners.map((p) => [p.person.id, p.until === null])).toEqual([
      [connor.id, false],
      [mo.id, true],
    ]);
    const { network: publicView } = await t.client().data<People>(PEOPLE, { slug: network.slug, past: true });
    expect(publicView.people.map((p) => p.role).sort()).toEqual(['CONVENER', 'FACILITATOR']);
  });
});
