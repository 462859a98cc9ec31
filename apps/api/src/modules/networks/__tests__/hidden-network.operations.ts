import type { HiddenNetworkWorld } from './hidden-network.fixture.js';

// Every operation the visibility walk sends, as each viewer, against the world of hidden-network.fixture.ts.
// Between them they must select every schema field that can return or mention a network
// (hidden-networks.int-spec.ts checks that), so a new such field fails the walk until it is added here.

const SUMMARY = '{ id slug name kind isClosed }';
const TIE = `{ id status member ${SUMMARY} parent ${SUMMARY} }`;
const NETWORK = `{
  id slug name memberCount visibility
  memberNetworks ${TIE}
  coalitions { depth network ${SUMMARY} }
  handshakes ${TIE}
  pendingInvitations { networkId networkName networkSlug }
}`;
const GATHERING = `{
  id slug
  convenedBy ${SUMMARY}
  pendingCoConveners ${SUMMARY}
  viewerRegistration { representingNetworkIds representingNetworks ${SUMMARY} }
}`;
const REGISTRATION = `{ id status representingNetworkIds representingNetworks ${SUMMARY} membersOnlyNetworkCount }`;
const GRAPH = '{ nodeCount edgeCount outsideTieCount nodes { id name slug region } edges { id source target } }';
const INVITATION = '{ id code networkName }';
const CLAIM = `{ id network ${SUMMARY} }`;
const ROLE_INVITATION = '{ id networkId networkName networkSlug }';
const DELEGATES = `{ places delegates network ${SUMMARY} }`;
const NOTIFICATION = `{ id kind facts { title slug networkId networkName networkSlug otherNetworkName otherNetworkSlug } tie ${TIE} }`;
const PLACE = '{ id name slug }';
const CONVERSATION = `{ id title network ${PLACE} gathering ${PLACE} }`;
const POST = `{ id body mentionedNetworks ${PLACE} }`;
const ASK_OFFER = `{ id title network ${SUMMARY} metByOffer { id title } metByNetwork ${SUMMARY} }`;
const PARTICIPANTS = `{ edges { node { personId displayName networks ${SUMMARY} membersOnlyNetworkCount } } }`;
const CONNECTION = `{ id status yourNetworks ${SUMMARY} theirNetworks ${SUMMARY} theirMembersOnlyNetworkCount }`;
const IMPACT = `{ slug name networkCount bridgingNetworks gatheringCount total { figures { name value suppressed } } periods { key label } }`;
const RECIPROCITY = `{ metForCount metByCount metFor { count network ${SUMMARY} } metBy { count network ${SUMMARY} } }`;

export interface WalkOperation {
  name: string;
  query: string;
  variables: (w: HiddenNetworkWorld) => Record<string, unknown>;
  /** Words the viewer typed themselves (left out of the scan), e.g. a new network named like the hidden one. */
  typed?: (w: HiddenNetworkWorld) => string[];
}

const op = (name: string, query: string, variables: WalkOperation['variables'] = () => ({}), typed?: WalkOperation['typed']) => ({
  name,
  query,
  variables,
  typed,
});

export const READS: WalkOperation[] = [
  op('gatheringParticipants', `query($id: UUID!) { gatheringParticipants(gatheringId: $id) ${PARTICIPANTS} }`, (w) => ({
    id: w.gathering.id,
  })),
  op('gatheringParticipants where they met', `query($id: UUID!) { gatheringParticipants(gatheringId: $id) ${PARTICIPANTS} }`, (w) => ({
    id: w.metAt.id,
  })),
  op('peopleMet', `{ peopleMet(first: 20) { edges { node ${CONNECTION} } } }`),
  op('connectionProposals', `{ connectionProposals ${CONNECTION} }`),
  op('askOffer: its ask', `query($id: UUID!) { askOffer(id: $id) ${ASK_OFFER} }`, (w) => ({ id: w.hiddenAskId })),
  op('askOffer: the quay ask met by it', `query($id: UUID!) { askOffer(id: $id) ${ASK_OFFER} }`, (w) => ({ id: w.quayMetAskId })),
  op('asksOffers', `{ asksOffers(first: 20) { edges { node ${ASK_OFFER} } } }`),
  op(
    'askOfferMatches: the quay ask its offer matches',
    `query($id: UUID!) { askOfferMatches(id: $id) { score isGood sameNetwork introductionConversationId match ${ASK_OFFER} } }`,
    (w) => ({ id: w.quayOpenAskId }),
  ),
  op('networkImpact: itself', `query($slug: String!) { networkImpact(slug: $slug) ${IMPACT} }`, (w) => ({ slug: w.hidden.slug })),
  op('networkImpact: a member of its coalition', `query($slug: String!) { networkImpact(slug: $slug) ${IMPACT} }`, (w) => ({
    slug: w.quay.slug,
  })),
  op('coalitionImpact: the coalition it belongs to', `query($slug: String!) { coalitionImpact(slug: $slug) ${IMPACT} }`, (w) => ({
    slug: w.coalition.slug,
  })),
  op('gatheringImpact', `query($slug: String!) { gatheringImpact(slug: $slug) ${IMPACT} }`, (w) => ({ slug: w.gathering.slug })),
  op('networkReciprocity: quay', `query($id: UUID!) { networkReciprocity(networkId: $id) ${RECIPROCITY} }`, (w) => ({ id: w.quay.id })),
  op('conversation of the hidden network', `query($id: UUID!) { conversation(id: $id) ${CONVERSATION} }`, (w) => ({
    id: w.hiddenConversationId,
  })),
  op('conversation mentioning it', `query($id: UUID!) { conversation(id: $id) ${CONVERSATION} }`, (w) => ({
    id: w.gatheringConversationId,
  })),
  op('conversations', `{ conversations(first: 50) { edges { node ${CONVERSATION} } } }`),
  op('posts mentioning it', `query($id: UUID!) { posts(conversationId: $id) { edges { node ${POST} } } }`, (w) => ({
    id: w.gatheringConversationId,
  })),
  op(
    'mentionables',
    `query($id: UUID!, $search: String!) { mentionables(conversationId: $id, search: $search) { people { id } networks ${PLACE} } }`,
    (w) => ({
      id: w.gatheringConversationId,
      search: 'Heron',
    }),
  ),
  op('gathering', `query($slug: String!) { gathering(slug: $slug) ${GATHERING} }`, (w) => ({ slug: w.gathering.slug })),
  op('gathering with a pending co-convener', `query($slug: String!) { gathering(slug: $slug) ${GATHERING} }`, (w) => ({
    slug: w.draftWithInvite.slug,
  })),
  op('myGatherings', `{ myGatherings ${GATHERING} past: myGatherings(past: true) { id } }`),
  op('myCoConveningInvitations', `{ myCoConveningInvitations { network ${SUMMARY} gathering ${GATHERING} } }`),
  op('delegatePlaces', `query($id: UUID!) { delegatePlaces(gatheringId: $id) ${DELEGATES} }`, (w) => ({ id: w.gathering.id })),
  op('gatheringRegistrations', `query($id: UUID!) { gatheringRegistrations(gatheringId: $id) ${REGISTRATION} }`, (w) => ({
    id: w.gathering.id,
  })),
  op('invitation', `query($code: String!) { invitation(code: $code) ${INVITATION} }`, (w) => ({ code: w.invitationCode })),
  op('myInvitations', `query($id: UUID!) { myInvitations(gatheringId: $id) ${INVITATION} }`, (w) => ({ id: w.gathering.id })),
  op(
    'invitationTree',
    `query($id: UUID!) { invitationTree(gatheringId: $id) { networksReached nodes { id networkName registrations } } }`,
    (w) => ({ id: w.gathering.id }),
  ),
  op(
    'whosMissing',
    `query($id: UUID!) { whosMissing(gatheringId: $id) { networks ${SUMMARY} regions sectors notComeByNetwork { network ${SUMMARY} registered came } sectorsNotCome } }`,
    (w) => ({
      id: w.gathering.id,
    }),
  ),
  op(
    'whosMissing where it is invited and not represented',
    `query($id: UUID!) { whosMissing(gatheringId: $id) { networks ${SUMMARY} regions sectors notComeByNetwork { network ${SUMMARY} registered came } sectorsNotCome } }`,
    (w) => ({ id: w.draftWithInvite.id }),
  ),
  op('network: the coalition it belongs to', `query($slug: String!) { network(slug: $slug) ${NETWORK} }`, (w) => ({
    slug: w.coalition.slug,
  })),
  op('network: a member of it', `query($slug: String!) { network(slug: $slug) ${NETWORK} }`, (w) => ({ slug: w.quay.slug })),
  op('network: itself', `query($slug: String!) { network(slug: $slug) ${NETWORK} }`, (w) => ({ slug: w.hidden.slug })),
  op('myNetworks', `{ myNetworks ${NETWORK} }`),
  op(
    'networks',
    `query($search: String) { networks(first: 10, sort: SIZE, search: $search) {
      totalCount edges { node ${NETWORK} }
      facets { regions { value count } sectors { value count } kinds { value count } }
    } }`,
    () => ({}),
  ),
  op(
    'networks: searching its name',
    `query($search: String) { networks(first: 100, search: $search) { edges { node { id name slug } } } }`,
    (w) => ({
      search: w.hidden.name,
    }),
  ),
  op('networkGraph', `query($slug: String!) { networkGraph(slug: $slug, depth: 3) ${GRAPH} }`, (w) => ({ slug: w.coalition.slug })),
  op('directoryGraph', `{ directoryGraph ${GRAPH} }`),
  op('myNetworkInvitations', `{ myNetworkInvitations ${ROLE_INVITATION} }`),
  op('pendingNetworkClaims', `{ pendingNetworkClaims ${CLAIM} }`),
  op('notifications', `{ notifications(first: 20) { totalCount edges { node ${NOTIFICATION} } } }`),
];

const G = (w: HiddenNetworkWorld) => w.gathering.id;
const NEW_GATHERING = { format: 'IN_PERSON', startsAt: '2027-10-01T09:00:00Z', endsAt: '2027-10-01T12:00:00Z', timeZone: 'Europe/London' };

// Each uses the hidden network where it can: the attacker's move is to pass its id.
export const WRITES: WalkOperation[] = [
  op(
    'setImpactPublications for it',
    `mutation($input: SetImpactPublicationsInput!) { setImpactPublications(input: $input) { networkId measures } }`,
    (w) => ({ input: { networkId: w.hidden.id, measures: ['NEW_TIES'] } }),
  ),
  op('postAskOffer for it', `mutation($input: PostAskOfferInput!) { postAskOffer(input: $input) ${ASK_OFFER} }`, (w) => ({
    input: { side: 'ASK', kind: 'OTHER', title: 'Posing as it', endsOn: '2099-01-01', networkId: w.hidden.id },
  })),
  op('updateAskOffer: its ask', `mutation($input: UpdateAskOfferInput!) { updateAskOffer(input: $input) ${ASK_OFFER} }`, (w) => ({
    input: { id: w.hiddenAskId, kind: 'OTHER', title: 'Changed', endsOn: '2099-01-01' },
  })),
  op('closeAskOffer: its ask', `mutation($input: CloseAskOfferInput!) { closeAskOffer(input: $input) ${ASK_OFFER} }`, (w) => ({
    input: { id: w.hiddenAskId, outcome: 'WITHDRAWN' },
  })),
  op('markAskMet: by its offer', `mutation($input: AskAndOfferInput!) { markAskMet(input: $input) ${ASK_OFFER} }`, (w) => ({
    input: { askId: w.quayOpenAskId, offerId: w.hiddenOfferId },
  })),
  op('startConversation for it', `mutation($input: StartConversationInput!) { startConversation(input: $input) ${CONVERSATION} }`, (w) => ({
    input: { networkId: w.hidden.id, title: 'Mine now', body: 'hello' },
  })),
  op('addPost mentioning it', `mutation($input: AddPostInput!) { addPost(input: $input) ${POST} }`, (w) => ({
    input: { conversationId: w.gatheringConversationId, body: 'hi', mentionedNetworkIds: [w.hidden.id] },
  })),
  op('editPost', `mutation($input: EditPostInput!) { editPost(input: $input) ${POST} }`, (w) => ({
    input: { postId: w.gatheringPostId, body: 'x' },
  })),
  op('deletePost', `mutation($input: PostIdInput!) { deletePost(input: $input) ${POST} }`, (w) => ({
    input: { postId: w.gatheringPostId },
  })),
  op('hidePost', `mutation($input: HidePostInput!) { hidePost(input: $input) ${POST} }`, (w) => ({
    input: { postId: w.gatheringPostId, reason: 'x' },
  })),
  op('reactToPost', `mutation($input: ReactInput!) { reactToPost(input: $input) ${POST} }`, (w) => ({
    input: { postId: w.gatheringPostId, reaction: 'THANKS', on: true },
  })),
  op('followConversation', `mutation($input: FollowConversationInput!) { followConversation(input: $input) ${CONVERSATION} }`, (w) => ({
    input: { conversationId: w.hiddenConversationId, follow: true },
  })),
  op(
    'markConversationRead',
    `mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) ${CONVERSATION} }`,
    (w) => ({
      input: { conversationId: w.hiddenConversationId, seq: 1 },
    }),
  ),
  op(
    'setConversationLocked',
    `mutation($input: SetConversationLockedInput!) { setConversationLocked(input: $input) ${CONVERSATION} }`,
    (w) => ({
      input: { conversationId: w.hiddenConversationId, locked: true },
    }),
  ),
  op('seedConversations', `mutation($input: SeedConversationsInput!) { seedConversations(input: $input) ${CONVERSATION} }`, (w) => ({
    input: { gatheringId: w.gathering.id, questions: ['Who else?'] },
  })),
  op('joinConversation', `mutation($code: String!) { joinConversation(code: $code) ${CONVERSATION} }`, () => ({ code: 'not-a-code' })),
  op(
    'registerForGathering representing it',
    `mutation($input: RegisterForGatheringInput!) { registerForGathering(input: $input) ${REGISTRATION} }`,
    (w) => ({ input: { gatheringId: G(w), representingNetworkIds: [w.hidden.id, w.coalition.id] } }),
  ),
  op('cancelRegistration', `mutation($input: GatheringIdInput!) { cancelRegistration(input: $input) ${REGISTRATION} }`, (w) => ({
    input: { gatheringId: G(w) },
  })),
  op('decideRegistration', `mutation($input: DecideRegistrationInput!) { decideRegistration(input: $input) ${REGISTRATION} }`, (w) => ({
    input: { gatheringId: G(w), registrationId: G(w), approve: true },
  })),
  op('sayWeMet with its person', `mutation($input: SayWeMetInput!) { sayWeMet(input: $input) ${CONNECTION} }`, (w) => ({
    input: { gatheringId: w.metAt.id, personId: w.faith.id },
  })),
  op('confirmConnection', `mutation($input: ConnectionIdInput!) { confirmConnection(input: $input) ${CONNECTION} }`, (w) => ({
    input: { connectionId: w.connectionId },
  })),
  op('setConnectionCloseness', `mutation($input: SetClosenessInput!) { setConnectionCloseness(input: $input) ${CONNECTION} }`, (w) => ({
    input: { connectionId: w.connectionId, closeness: 'CLOSE' },
  })),
  op('checkInWithCode', `mutation($input: CheckInWithCodeInput!) { checkInWithCode(input: $input) ${REGISTRATION} }`, (w) => ({
    input: { gatheringId: G(w), code: 'not-the-code', register: true },
  })),
  op('checkInPerson', `mutation($input: RegistrationIdInput!) { checkInPerson(input: $input) ${REGISTRATION} }`, (w) => ({
    input: { gatheringId: G(w), registrationId: G(w) },
  })),
  op('undoCheckIn', `mutation($input: RegistrationIdInput!) { undoCheckIn(input: $input) ${REGISTRATION} }`, (w) => ({
    input: { gatheringId: G(w), registrationId: G(w) },
  })),
  op('nominateDelegate', `mutation($input: NominateDelegateInput!) { nominateDelegate(input: $input) ${REGISTRATION} }`, (w) => ({
    input: { gatheringId: G(w), networkId: w.hidden.id, personId: w.mo.id },
  })),
  op('setDelegatePlaces', `mutation($input: SetDelegatePlacesInput!) { setDelegatePlaces(input: $input) ${DELEGATES} }`, (w) => ({
    input: { gatheringId: G(w), networkId: w.hidden.id, places: 3 },
  })),
  op(
    'createInvitation on its behalf',
    `mutation($input: CreateInvitationInput!) { createInvitation(input: $input) ${INVITATION} }`,
    (w) => ({
      input: { gatheringId: G(w), networkId: w.hidden.id },
    }),
  ),
  op('createGathering convened by it', `mutation($input: CreateGatheringInput!) { createGathering(input: $input) ${GATHERING} }`, (w) => ({
    input: { ...NEW_GATHERING, title: 'Borrowed name', convenedByNetworkIds: [w.coalition.id, w.hidden.id] },
  })),
  op(
    'createFollowUp of a gathering it convenes',
    `mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) ${GATHERING} }`,
    (w) => ({
      input: { ...NEW_GATHERING, title: 'Follow-up', followUpOfId: G(w) },
    }),
  ),
  // The world has no open space: an id that is no session (NOT_FOUND). A carried-on breakout's networks are
  // those of createFollowUp above (the same path), shown through networkSummaries(viewer) like every convener list.
  op(
    'carryOnSession of a gathering it convenes',
    `mutation($input: CarryOnSessionInput!) { carryOnSession(input: $input) ${GATHERING} }`,
    (w) => ({
      input: { ...NEW_GATHERING, title: 'Carried on', sessionId: G(w) },
    }),
  ),
  op('updateGathering', `mutation($input: UpdateGatheringInput!) { updateGathering(input: $input) ${GATHERING} }`, (w) => ({
    input: { gatheringId: G(w), purpose: 'Still the same' },
  })),
  op('setGatheringStatus', `mutation($input: SetGatheringStatusInput!) { setGatheringStatus(input: $input) ${GATHERING} }`, (w) => ({
    input: { gatheringId: G(w), status: 'PUBLISHED' },
  })),
  op('inviteCoConvener', `mutation($input: InviteCoConvenerInput!) { inviteCoConvener(input: $input) ${GATHERING} }`, (w) => ({
    input: { gatheringId: G(w), networkId: w.hidden.id },
  })),
  op(
    'respondToCoConvening for it',
    `mutation($input: RespondToCoConveningInput!) { respondToCoConvening(input: $input) ${GATHERING} }`,
    (w) => ({ input: { gatheringId: w.draftWithInvite.id, networkId: w.hidden.id, accept: true } }),
  ),
  op(
    'registerNetwork named like it',
    `mutation($input: RegisterNetworkInput!) { registerNetwork(input: $input) ${NETWORK} }`,
    (w) => ({ input: { name: w.hidden.name, kind: 'NETWORK' } }),
    (w) => [w.hidden.name],
  ),
  op(
    'listNetwork into it',
    `mutation($input: ListNetworkInput!) { listNetwork(input: $input) ${NETWORK} }`,
    (w) => ({ input: { name: `${w.hidden.name} listed`, kind: 'NETWORK', memberOfNetworkId: w.hidden.id } }),
    (w) => [`${w.hidden.name} listed`],
  ),
  op('updateNetwork', `mutation($input: UpdateNetworkInput!) { updateNetwork(input: $input) ${NETWORK} }`, (w) => ({
    input: { networkId: w.hidden.id, purpose: 'Taken over' },
  })),
  op('closeNetwork', `mutation($input: CloseNetworkInput!) { closeNetwork(input: $input) ${NETWORK} }`, (w) => ({
    input: { networkId: w.hidden.id, closingNote: 'Gone' },
  })),
  op('claimNetwork', `mutation($input: ClaimNetworkInput!) { claimNetwork(input: $input) ${CLAIM} }`, (w) => ({
    input: { networkId: w.hidden.id, message: 'Mine' },
  })),
  op('decideNetworkClaim', `mutation($input: DecideNetworkClaimInput!) { decideNetworkClaim(input: $input) ${CLAIM} }`, (w) => ({
    input: { claimId: w.hidden.id, approve: true },
  })),
  op(
    'proposeMembership: a loop through it',
    `mutation($input: ProposeMembershipInput!) { proposeMembership(input: $input) ${TIE} }`,
    (w) => ({ input: { memberNetworkId: w.coalition.id, parentNetworkId: w.quay.id } }),
  ),
  op('proposeMembership with it', `mutation($input: ProposeMembershipInput!) { proposeMembership(input: $input) ${TIE} }`, (w) => ({
    input: { memberNetworkId: w.quay.id, parentNetworkId: w.hidden.id },
  })),
  op('respondToMembership', `mutation($input: RespondToMembershipInput!) { respondToMembership(input: $input) ${TIE} }`, (w) => ({
    input: { membershipId: w.tieId, accept: true },
  })),
  op('endMembership', `mutation($input: EndMembershipInput!) { endMembership(input: $input) ${TIE} }`, (w) => ({
    input: { membershipId: w.tieId },
  })),
  op('inviteToNetwork', `mutation($input: InviteToNetworkInput!) { inviteToNetwork(input: $input) ${ROLE_INVITATION} }`, (w) => ({
    input: { networkId: w.hidden.id, email: 'me@example.org', role: 'FACILITATOR' },
  })),
  op('removeNetworkRole', `mutation($input: RemoveNetworkRoleInput!) { removeNetworkRole(input: $input) }`, (w) => ({
    input: { networkId: w.hidden.id, personId: w.faith.id, role: 'FACILITATOR' },
  })),
  op(
    "markNotificationRead: someone else's",
    `mutation($input: NotificationIdInput!) { markNotificationRead(input: $input) ${NOTIFICATION} }`,
    (w) => ({ input: { notificationId: w.faithsNotificationId } }),
  ),
  op(
    'respondToNetworkInvitation',
    `mutation($input: RespondToNetworkInvitationInput!) { respondToNetworkInvitation(input: $input) ${ROLE_INVITATION} }`,
    (w) => ({ input: { invitationId: w.hidden.id, accept: true } }),
  ),
];
