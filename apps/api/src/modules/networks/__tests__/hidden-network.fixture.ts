import { randomBytes } from 'node:crypto';
import { GatheringStatus } from '../../gatherings/gathering.enums.js';
import { RolesService } from '../../roles/roles.service.js';
import type { TestApp, TestGathering, TestNetwork, TestPerson } from '../../../test/test-app.js';

/** A members-only network linked to everything that can show a network, and the people around it. */
export interface HiddenNetworkWorld {
  /** Members-only; facilitated by `faith`, with `mo` and `dee` as members. */
  hidden: TestNetwork;
  /** Public coalition `hidden` belongs to; facilitated by `cora`. */
  coalition: TestNetwork;
  /** Public network that belongs to `hidden`; facilitated by `cora`. */
  quay: TestNetwork;
  /** Published, convened by `coalition` and `hidden`, with `cora` as its convener. */
  gathering: TestGathering;
  /** Convened by `coalition`; `hidden` invited to co-convene. */
  draftWithInvite: TestGathering;
  /** The link `faith` issued on behalf of `hidden`. */
  invitationCode: string;
  /** The tie `hidden` → `coalition`. */
  tieId: string;
  /** A notification of `faith`'s that names `hidden` (her network asked to join `bay`, refused). */
  faithsNotificationId: string;
  faith: TestPerson;
  mo: TestPerson;
  dee: TestPerson;
  /** Convener of `gathering`, facilitator of `coalition` and `quay`, not in `hidden`. */
  cora: TestPerson;
  /** Signed in, no role anywhere. */
  outsider: TestPerson;
  /** Faith's conversation for the hidden network's people, and one of the gathering whose first post mentions it. */
  hiddenConversationId: string;
  gatheringConversationId: string;
  gatheringPostId: string;
  /** The hidden network's open ask and open offer (by `faith`). */
  hiddenAskId: string;
  hiddenOfferId: string;
  /** `quay`'s ask (by `cora`) that the hidden network's other offer met, and an open one its open offer matches. */
  quayMetAskId: string;
  quayOpenAskId: string;
  /** A live gathering where faith (for the hidden network) and cora met, confirmed by both. */
  metAt: TestGathering;
  connectionId: string;
}

const REGISTER_NETWORK = 'mutation($input: RegisterNetworkInput!) { registerNetwork(input: $input) { id slug name } }';
const REGISTER = 'mutation($input: RegisterForGatheringInput!) { registerForGathering(input: $input) { id } }';
const CREATE_INVITATION = 'mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { code } }';
const NOMINATE = 'mutation($input: NominateDelegateInput!) { nominateDelegate(input: $input) { id } }';
const INVITE_TO_NETWORK = 'mutation($input: InviteToNetworkInput!) { inviteToNetwork(input: $input) { id } }';
const PROPOSE = 'mutation($input: ProposeMembershipInput!) { proposeMembership(input: $input) { id } }';
const RESPOND = 'mutation($input: RespondToMembershipInput!) { respondToMembership(input: $input) { id } }';
const INBOX = '{ notifications(first: 1) { edges { node { id } } } }';

export async function hiddenNetworkWorld(t: TestApp): Promise<HiddenNetworkWorld> {
  const tag = randomBytes(3).toString('hex');
  const [faith, mo, dee, cora, outsider] = await Promise.all([1, 2, 3, 4, 5].map(() => t.newPerson()));
  const { registerNetwork: hidden } = await faith.client.data<{ registerNetwork: TestNetwork }>(REGISTER_NETWORK, {
    input: {
      name: `Heron Circle ${tag}`,
      kind: 'NETWORK',
      visibility: 'MEMBERS_ONLY',
      area: { region: 'NORTHERN_IRELAND', placeName: `Heronshire ${tag}` },
      sectors: ['FUNDER'],
    },
  });
  const roles = t.app.get(RolesService);
  await roles.grant(mo.id, 'network', hidden.id, 'member');
  await roles.grant(dee.id, 'network', hidden.id, 'member');
  const coalition = await t.newNetwork(cora, { name: `Open Coalition ${tag}`, kind: 'COALITION', area: { region: 'WALES' } });
  const quay = await t.newNetwork(cora, { name: `Open Quay ${tag}` });
  const { id: tieId } = await t.build.tie(hidden, coalition);
  await t.build.tie(quay, hidden);

  const gathering = await t.build.gathering(cora, { networkIds: [coalition.id, hidden.id], capacity: 50 });
  const draftWithInvite = await t.build.gathering(cora, { networkIds: [coalition.id] });
  await t.build.coConvenerInvitation(draftWithInvite, hidden);
  await t.build.delegatePlaces(gathering, hidden, 2);

  // People in the hidden network take part as it: a registration representing it, a link on its behalf,
  // someone who came through that link, a delegate, and an invitation to one of its roles.
  await faith.client.data(REGISTER, { input: { gatheringId: gathering.id, representingNetworkIds: [hidden.id] } });
  const { createInvitation } = await faith.client.data<{ createInvitation: { code: string } }>(CREATE_INVITATION, {
    input: { gatheringId: gathering.id, networkId: hidden.id },
  });
  await mo.client.data(REGISTER, { input: { gatheringId: gathering.id, invitationCode: createInvitation.code } });
  await faith.client.data(NOMINATE, { input: { gatheringId: gathering.id, networkId: hidden.id, personId: dee.id } });
  await faith.client.data(INVITE_TO_NETWORK, { input: { networkId: hidden.id, email: `someone-${tag}@example.org`, role: 'MEMBER' } });

  // Asked to join a coalition whose facilitator (cora) cannot see it: she is not told. Its other
  // facilitator, dee (inside the hidden network), is, and declines; faith is told the answer.
  const bay = await t.newNetwork(cora, { name: `Open Bay ${tag}`, kind: 'COALITION' });
  await roles.grant(dee.id, 'network', bay.id, 'facilitator');
  const { proposeMembership } = await faith.client.data<{ proposeMembership: { id: string } }>(PROPOSE, {
    input: { memberNetworkId: hidden.id, parentNetworkId: bay.id, tieType: 'MEMBER' },
  });
  await dee.client.data(RESPOND, { input: { membershipId: proposeMembership.id, accept: false } });
  const inbox = await faith.client.data<{ notifications: { edges: { node: { id: string } }[] } }>(INBOX);

  const START = 'mutation($input: StartConversationInput!) { startConversation(input: $input) { id } }';
  const { startConversation: hiddenConversation } = await faith.client.data<{ startConversation: { id: string } }>(START, {
    input: { networkId: hidden.id, title: 'Heron matters', body: 'For us' },
  });
  const { startConversation: gatheringConversation } = await faith.client.data<{ startConversation: { id: string } }>(START, {
    input: { gatheringId: gathering.id, title: 'After the day', body: 'Thanks to all', mentionedNetworkIds: [hidden.id] },
  });
  const { posts } = await faith.client.data<{ posts: { edges: { node: { id: string } }[] } }>(
    'query($id: UUID!) { posts(conversationId: $id) { edges { node { id } } } }',
    { id: gatheringConversation.id },
  );
  const POST_ASK_OFFER = 'mutation($input: PostAskOfferInput!) { postAskOffer(input: $input) { id } }';
  const postFor = async (who: TestPerson, networkId: string, side: 'ASK' | 'OFFER', title: string) =>
    (
      await who.client.data<{ postAskOffer: { id: string } }>(POST_ASK_OFFER, {
        input: { side, kind: 'EQUIPMENT', title, description: '', themes: ['boats'], area: '', endsOn: '2099-01-01', networkId },
      })
    ).postAskOffer.id;
  const hiddenAskId = await postFor(faith, hidden.id, 'ASK', 'Oars for the rowing club');
  const hiddenOfferId = await postFor(faith, hidden.id, 'OFFER', 'A rowing boat to lend');
  const metOfferId = await postFor(faith, hidden.id, 'OFFER', 'Life jackets to lend');
  const quayMetAskId = await postFor(cora, quay.id, 'ASK', 'Life jackets for the regatta');
  const quayOpenAskId = await postFor(cora, quay.id, 'ASK', 'A rowing boat for the regatta');
  await faith.client.data('mutation($input: AskAndOfferInput!) { markAskMet(input: $input) { id } }', {
    input: { askId: quayMetAskId, offerId: metOfferId },
  });
  // Faith came to a live gathering for the hidden network and met cora there; both said so.
  const metAt = await t.build.gathering(cora, { networkIds: [coalition.id], status: GatheringStatus.LIVE });
  await faith.client.data(REGISTER, { input: { gatheringId: metAt.id, representingNetworkIds: [hidden.id] } });
  await cora.client.data(REGISTER, { input: { gatheringId: metAt.id, representingNetworkIds: [quay.id] } });
  const SAY = 'mutation($input: SayWeMetInput!) { sayWeMet(input: $input) { id } }';
  const { sayWeMet } = await faith.client.data<{ sayWeMet: { id: string } }>(SAY, { input: { gatheringId: metAt.id, personId: cora.id } });
  await cora.client.data('mutation($input: ConnectionIdInput!) { confirmConnection(input: $input) { id } }', {
    input: { connectionId: sayWeMet.id },
  });
  return {
    metAt,
    connectionId: sayWeMet.id,
    hiddenAskId,
    hiddenOfferId,
    quayMetAskId,
    quayOpenAskId,
    hiddenConversationId: hiddenConversation.id,
    gatheringConversationId: gatheringConversation.id,
    gatheringPostId: posts.edges[0].node.id,
    hidden,
    coalition,
    quay,
    gathering,
    draftWithInvite,
    invitationCode: createInvitation.code,
    tieId,
    faithsNotificationId: inbox.notifications.edges[0].node.id,
    faith,
    mo,
    dee,
    cora,
    outsider,
  };
}
