import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { GatheringStatus, RegistrationStatus } from '../gathering.enums.js';

const FOLLOW_UP = `mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) {
  id slug status format capacity followUpOfId convenedBy { name } pendingCoConveners { name } followsUp { id title } } }`;
const STATUS = 'mutation($input: SetGatheringStatusInput!) { setGatheringStatus(input: $input) { status } }';
const LINKS = 'query($slug: String!) { gathering(slug: $slug) { followsUp { title slug } followedUpBy { title status } } }';
const INVITE = 'mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { code } }';
const REGISTER = 'mutation($input: RegisterForGatheringInput!) { registerForGathering(input: $input) { status } }';
const TREE = 'query($id: UUID!) { invitationTree(gatheringId: $id) { nodes { networkName } } }';

const when = { startsAt: '2027-10-01T17:00:00Z', endsAt: '2027-10-01T18:00:00Z', timeZone: 'Europe/London' };
type FollowUp = {
  id: string;
  slug: string;
  status: string;
  format: string;
  capacity: number | null;
  followUpOfId: string;
  convenedBy: { name: string }[];
  pendingCoConveners: { name: string }[] | null;
  followsUp: { id: string; title: string } | null;
};

describe('follow-up gatherings: planned from a gathering, linked both ways, announced to the people who took part', () => {
  let t: TestApp;
  let connor: TestPerson;
  let coalition: { id: string; name: string };

  const planFollowUp = async (who: TestPerson, followUpOfId: string, extra: Record<string, unknown> = {}) =>
    (
      await who.client.data<{ createFollowUp: FollowUp }>(FOLLOW_UP, {
        input: { followUpOfId, title: 'Carry on online', ...when, ...extra },
      })
    ).createFollowUp;
  const toldOf = async (gatheringId: string): Promise<string[]> =>
    (
      (await t.dataSource.query(`SELECT recipient_id FROM notifications WHERE kind = 'follow_up_announced' AND subject_id = $1`, [
        gatheringId,
      ])) as { recipient_id: string }[]
    )
      .map((r) => r.recipient_id)
      .sort();

  beforeAll(async () => {
    t = await createTestApp();
    connor = await t.newPerson({ displayName: 'Connor Convener' });
    coalition = await t.newNetwork(connor, { name: 'Follow-up Coalition', kind: 'COALITION' });
  });
  afterAll(() => t.close());

  it('is online and unlimited by default, a draft linked to the gathering it follows (both ways, the draft only for its conveners)', async () => {
    const original = await t.build.gathering(connor, { title: 'Spring Workshop', networkIds: [coalition.id], capacity: 30 });
    const followUp = await planFollowUp(connor, original.id);
    expect(followUp).toMatchObject({
      status: 'DRAFT',
      format: 'ONLINE',
      capacity: null,
      followUpOfId: original.id,
      convenedBy: [{ name: 'Follow-up Coalition' }],
      followsUp: { id: original.id, title: 'Spring Workshop' },
    });
    const seenBy = async (who: TestPerson | null) =>
      (await (who ? who.client : t.client()).data<{ gathering: { followedUpBy: { title: string }[] } }>(LINKS, { slug: original.slug }))
        .gathering.followedUpBy;
    expect(await seenBy(connor)).toEqual([{ title: 'Carry on online', status: 'DRAFT' }]);
    expect(await seenBy(null)).toEqual([]);
    await connor.client.data(STATUS, { input: { gatheringId: followUp.id, status: 'PUBLISHED' } });
    expect(await seenBy(null)).toEqual([{ title: 'Carry on online', status: 'PUBLISHED' }]);
    const back = await t.client().data<{ gathering: { followsUp: { title: string; slug: string } } }>(LINKS, { slug: followUp.slug });
    expect(back.gathering.followsUp).toEqual({ title: 'Spring Workshop', slug: original.slug });
  });

  it('announcing it tells the people with a place (FOLLOW_UP_ANNOUNCED, once), never the convener who announces it, and emails them', async () => {
    const original = await t.build.gathering(connor, { title: 'Summer Workshop', networkIds: [coalition.id] });
    const [came, alsoCame, waiting, cancelled] = [await t.newPerson(), await t.newPerson(), await t.newPerson(), await t.newPerson()];
    await t.build.registration(came, original);
    await t.build.registration(alsoCame, original, RegistrationStatus.ATTENDED);
    await t.build.registration(waiting, original, RegistrationStatus.WAITLISTED);
    await t.build.registration(cancelled, original, RegistrationStatus.CANCELLED);
    await t.build.registration(connor, original);
    const followUp = await planFollowUp(connor, original.id, { title: 'Summer carried on' });
    expect(await toldOf(followUp.id)).toEqual([]);
    await connor.client.data(STATUS, { input: { gatheringId: followUp.id, status: 'PUBLISHED' } });
    expect(await toldOf(followUp.id)).toEqual([came.id, alsoCame.id].sort());
    await connor.client.data(STATUS, { input: { gatheringId: followUp.id, status: 'LIVE' } });
    expect(await toldOf(followUp.id)).toEqual([came.id, alsoCame.id].sort());
    const mails = (await t.outbox()).filter((m) => m.subject === 'Carry on the conversation: Summer carried on');
    expect(mails.map((m) => m.to).sort()).toEqual([came.email, alsoCame.email].sort());
    const [row] = (await t.dataSource.query(
      `SELECT actor_id, subject_type, data FROM notifications WHERE kind = 'follow_up_announced' AND recipient_id = $1`,
      [came.id],
    )) as { actor_id: string; subject_type: string; data: Record<string, string> }[];
    expect(row).toEqual({
      actor_id: connor.id,
      subject_type: 'gathering',
      data: { title: 'Summer carried on', slug: followUp.slug, followsUpTitle: 'Summer Workshop' },
    });
  });

  it('only the conveners of a gathering plan its follow-ups; bad input is refused with what to fix', async () => {
    const original = await t.build.gathering(connor, { title: 'Autumn Workshop', networkIds: [coalition.id] });
    const participant = await t.newPerson();
    await t.build.registration(participant, original);
    const input = { followUpOfId: original.id, title: 'Mine', ...when };
    expect((await participant.client.error(FOLLOW_UP, { input })).code).toBe('FORBIDDEN');
    expect((await t.client().error(FOLLOW_UP, { input })).code).toBe('UNAUTHENTICATED');
    const otherConvener = await t.newPerson();
    const elsewhere = await t.build.gathering(otherConvener, { title: 'Elsewhere' });
    expect((await otherConvener.client.error(FOLLOW_UP, { input })).code).toBe('FORBIDDEN');
    expect((await connor.client.error(FOLLOW_UP, { input: { ...input, followUpOfId: elsewhere.id } })).code).toBe('FORBIDDEN');
    const draft = await t.build.gathering(otherConvener, { title: 'Secret draft', status: GatheringStatus.DRAFT });
    expect((await connor.client.error(FOLLOW_UP, { input: { ...input, followUpOfId: draft.id } })).code).toBe('NOT_FOUND');
    const bad = [
      { ...input, endsAt: when.startsAt },
      { ...input, title: 'x' },
      { ...input, timeZone: 'Mars/Olympus' },
      { ...input, capacity: 0 },
      { ...input, followUpOfId: 'not-an-id' },
    ];
    for (const variables of bad) expect((await connor.client.error(FOLLOW_UP, { input: variables })).code).toBe('BAD_USER_INPUT');
    expect(
      (await connor.client.data<{ gathering: { followedUpBy: unknown[] } }>(LINKS, { slug: original.slug })).gathering.followedUpBy,
    ).toEqual([]);
  });

  it('a convener of a co-convened gathering plans a follow-up: the networks they do not lead are asked to co-convene, not named', async () => {
    const other = await t.newPerson();
    const partner = await t.newNetwork(other, { name: 'Partner Network' });
    const original = await t.build.gathering(connor, { title: 'Co-convened Workshop', networkIds: [coalition.id, partner.id] });
    const followUp = await planFollowUp(connor, original.id, { title: 'Co-convened follow-up' });
    expect(followUp.convenedBy).toEqual([{ name: 'Follow-up Coalition' }]);
    expect(followUp.pendingCoConveners).toEqual([{ name: 'Partner Network' }]);
  });

  it('the cascade continues: a network invited to the original may invite its people to the follow-up, another may not', async () => {
    const original = await t.build.gathering(connor, { title: 'Cascade Workshop', networkIds: [coalition.id] });
    const fran = await t.newPerson({ displayName: 'Fran Facilitator' });
    const local = await t.newNetwork(fran, { name: 'Local Food Network' });
    await fran.client.data(REGISTER, { input: { gatheringId: original.id } });
    const { createInvitation } = await fran.client.data<{ createInvitation: { code: string } }>(INVITE, {
      input: { gatheringId: original.id, networkId: local.id },
    });
    const member = await t.newPerson();
    await member.client.data(REGISTER, { input: { gatheringId: original.id, invitationCode: createInvitation.code } });
    const followUp = await planFollowUp(connor, original.id, { title: 'Cascade follow-up' });
    await connor.client.data(STATUS, { input: { gatheringId: followUp.id, status: 'PUBLISHED' } });
    // The member's invitation to the follow-up carries the network they came through.
    const tree = await connor.client.data<{ invitationTree: { nodes: { networkName: string | null }[] } }>(TREE, { id: followUp.id });
    expect(tree.invitationTree.nodes.map((r) => r.networkName)).toContain('Local Food Network');
    // Fran's colleague, who came to neither, invites on the network's behalf.
    const colleague = await t.newPerson();
    await t.dataSource.query(`INSERT INTO role_assignments (person_id, scope_type, scope_id, role) VALUES ($1, 'network', $2, 'member')`, [
      colleague.id,
      local.id,
    ]);
    const issued = await colleague.client.data<{ createInvitation: { code: string } }>(INVITE, {
      input: { gatheringId: followUp.id, networkId: local.id },
    });
    expect(issued.createInvitation.code).toBeTruthy();
    // Without the network, or for a network not in the original's cascade, they may not.
    expect((await colleague.client.error(INVITE, { input: { gatheringId: followUp.id } })).code).toBe('FORBIDDEN');
    const stranger = await t.newPerson();
    const unrelated = await t.newNetwork(stranger, { name: 'Unrelated Network' });
    expect((await stranger.client.error(INVITE, { input: { gatheringId: followUp.id, networkId: unrelated.id } })).code).toBe('FORBIDDEN');
    expect((await stranger.client.error(INVITE, { input: { gatheringId: followUp.id, networkId: local.id } })).code).toBe('FORBIDDEN');
  });
});
