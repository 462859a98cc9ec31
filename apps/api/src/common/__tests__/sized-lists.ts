import { GatheringStatus, RegistrationStatus } from '../../modules/gatherings/gathering.enums.js';
import { Region } from '../../modules/networks/network.enums.js';
import { start } from '../../modules/conversations/__tests__/conversations-fixture.js';
import { code, db, readBy, registeredFor, times, type SizedList } from '../../test/statement-counts.js';
import type { TestApp, TestGathering, TestPerson } from '../../test/test-app.js';

/** Regions in turn (a fixed list of 13), so who's missing lists several. */
const REGIONS = Object.keys(Region) as (keyof typeof Region)[];

// The lists read at sizes 2, 10 and 30 by statements-by-size.int-spec.ts.
// Each builds `n` items with everything a page shows of them.

const PAST = { startsAt: new Date('2026-10-01T09:00:00Z'), status: GatheringStatus.CLOSED };

/** A live gathering convened by a new person, with a session placed in a space. */
async function liveSession(t: TestApp): Promise<{ convener: TestPerson; gathering: TestGathering; sessionId: string }> {
  const convener = await t.newPerson();
  const gathering = await t.build.gathering(convener, { networkIds: [(await t.newNetwork(convener)).id], status: GatheringStatus.LIVE });
  const space = await db(t)
    .insertInto('spaces')
    .values({ gatheringId: gathering.id, name: 'Hall', capacity: 100 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const slot = await db(t)
    .insertInto('timeSlots')
    .values({ gatheringId: gathering.id, startsAt: new Date('2027-09-01T10:00:00Z'), endsAt: new Date('2027-09-01T11:00:00Z') })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: sessionId } = await t.build.session(convener, gathering);
  await db(t)
    .updateTable('agendaSessions')
    .set({ spaceId: space.id, slotId: slot.id, capacity: 100 })
    .where('id', '=', sessionId)
    .execute();
  return { convener, gathering, sessionId };
}

export const SIZED_LISTS: SizedList[] = [
  ...readBy(['convener', 'participant', 'signed out'], {
    name: 'wall: sessions with host, space and slot; spaces; slots',
    query: `query($id: UUID!) { wall(gatheringId: $id) {
      spaces { id name videoUrl } slots { id label } starredSessionIds
      sessions { id title interestCount host { displayName } slot { id startsAt } space { id name videoUrl } } } }`,
    async build(t, n) {
      const [convener, participant] = [await t.newPerson(), await t.newPerson()];
      const gathering = await t.build.gathering(convener, { status: GatheringStatus.LIVE });
      await t.build.registration(participant, gathering);
      const slot = await db(t)
        .insertInto('timeSlots')
        .values({ gatheringId: gathering.id, startsAt: new Date('2027-09-01T10:00:00Z'), endsAt: new Date('2027-09-01T11:00:00Z') })
        .returning('id')
        .executeTakeFirstOrThrow();
      await times(n, async (i) => {
        const space = await db(t)
          .insertInto('spaces')
          .values({ gatheringId: gathering.id, name: `Room ${i}`, capacity: 10, tags: ['online'], videoRoom: `room-${i}` })
          .returning('id')
          .executeTakeFirstOrThrow();
        const { id } = await t.build.session(await t.newPerson(), gathering);
        await db(t).updateTable('agendaSessions').set({ spaceId: space.id, slotId: slot.id, capacity: 100 }).where('id', '=', id).execute();
        await db(t).insertInto('sessionInterests').values({ sessionId: id, personId: participant.id }).execute();
      });
      return { readers: { convener, participant }, variables: { id: gathering.id } };
    },
    lengths: ({ wall }) => [wall.sessions.length, wall.spaces.length],
  }),
  ...readBy(['convener', 'participant'], {
    name: 'room: people in it, who came, notes and actions',
    query: `query($id: UUID!) { room(sessionId: $id) {
      session { id } people { displayName } whoCame { displayName } notes { text author { displayName } } actions { what ownerName ownerId } } }`,
    async build(t, n) {
      const { convener, gathering, sessionId } = await liveSession(t);
      const [participant] = await times(n, async (i) => {
        const person = await t.newPerson();
        await t.build.registration(person, gathering);
        await db(t).insertInto('presences').values({ gatheringId: gathering.id, personId: person.id, sessionId }).execute();
        await db(t)
          .insertInto('sessionNotes')
          .values({ sessionId, authorId: person.id, text: `Note ${i}` })
          .execute();
        await db(t)
          .insertInto('sessionActions')
          .values({ sessionId, createdById: person.id, ownerId: person.id, ownerName: 'Them', what: `Action ${i}` })
          .execute();
        return person;
      });
      return { readers: { convener, participant }, variables: { id: sessionId } };
    },
    lengths: ({ room }) => [room.people.length, room.whoCame.length, room.notes.length, room.actions.length],
  }),
  {
    name: 'metSuggestions: the people met in rooms, with the connection made',
    query: `query($id: UUID!) { metSuggestions(gatheringId: $id) { sharedRooms connectionStatus person { id displayName } } }`,
    async build(t, n) {
      const { gathering, sessionId } = await liveSession(t);
      const viewer = await t.newPerson();
      await t.build.registration(viewer, gathering, RegistrationStatus.ATTENDED);
      await db(t).insertInto('sessionAttendance').values({ sessionId, personId: viewer.id }).execute();
      await times(n, async () => {
        const other = await t.newPerson();
        await t.build.registration(other, gathering, RegistrationStatus.ATTENDED);
        await db(t).insertInto('sessionAttendance').values({ sessionId, personId: other.id }).execute();
      });
      return { viewer, variables: { id: gathering.id } };
    },
    lengths: ({ metSuggestions }) => [metSuggestions.length],
  },
  {
    name: 'myActions: across gatherings and sessions',
    query: `query { myActions { id what done dueOn gatheringTitle gatheringSlug sessionTitle } }`,
    async build(t, n) {
      const viewer = await t.newPerson();
      await times(n, async (i) => {
        const gathering = await t.build.gathering(await t.newPerson());
        await t.build.registration(viewer, gathering);
        const { id: sessionId } = await t.build.session(viewer, gathering);
        await db(t)
          .insertInto('sessionActions')
          .values({ sessionId, createdById: viewer.id, ownerId: viewer.id, ownerName: 'Me', what: `Action ${i}` })
          .execute();
      });
      return { viewer };
    },
    lengths: ({ myActions }) => [myActions.length],
  },
  {
    name: 'invitationTree: invitations down a cascade, each with a network and a registration',
    query: `query($id: UUID!) { invitationTree(gatheringId: $id) {
      networksReached maxDepth nodes { id parentId depth issuedByName networkName registrations branchRegistrations } } }`,
    async build(t, n) {
      const convener = await t.newPerson();
      const gathering = await t.build.gathering(convener);
      let parentId: string | null = null;
      let issuer = convener;
      await times(n, async () => {
        const network = await t.newNetwork(issuer);
        const invitation: { id: string } = await db(t)
          .insertInto('gatheringInvitations')
          .values({
            gatheringId: gathering.id,
            code: code(),
            issuedById: issuer.id,
            networkId: network.id,
            parentId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const invitee = await t.newPerson();
        const { id } = await t.build.registration(invitee, gathering);
        await db(t).updateTable('registrations').set({ invitationId: invitation.id }).where('id', '=', id).execute();
        parentId = invitation.id;
        issuer = invitee;
      });
      return { viewer: convener, variables: { id: gathering.id } };
    },
    lengths: ({ invitationTree }) => [invitationTree.nodes.length],
  },
  {
    name: 'whosMissing: invited networks with nobody, and represented networks whose people have not come',
    query: `query($id: UUID!) { whosMissing(gatheringId: $id) {
      registered came sectors regions sectorsNotCome networks { id name } notComeByNetwork { network { id name } registered came } } }`,
    async build(t, n) {
      const convener = await t.newPerson();
      const gathering = await t.build.gathering(convener);
      await times(n, async (i) => {
        const invited = await t.newNetwork(await t.newPerson(), { area: { region: REGIONS[i % REGIONS.length] } });
        await db(t)
          .insertInto('gatheringInvitations')
          .values({ gatheringId: gathering.id, code: code(), issuedById: convener.id, networkId: invited.id })
          .execute();
        const person = await t.newPerson();
        const represented = await t.newNetwork(person);
        await registeredFor(t, person, gathering, [represented.id]);
      });
      return { viewer: convener, variables: { id: gathering.id } };
    },
    lengths: ({ whosMissing }) => [whosMissing.networks.length, whosMissing.notComeByNetwork.length],
  },
  ...readBy(['convener', 'participant', 'signed out'], {
    name: 'gathering: convening networks and follow-ups',
    query: `query($slug: String!) { gathering(slug: $slug) { id convenedBy { id name } followedUpBy { id title slug } } }`,
    async build(t, n) {
      const [convener, participant] = [await t.newPerson(), await t.newPerson()];
      const networks = await times(n, () => t.newNetwork(convener));
      const gathering = await t.build.gathering(convener, { networkIds: networks.map((x) => x.id) });
      await t.build.registration(participant, gathering);
      await times(n, async () => {
        const next = await t.build.gathering(convener);
        await db(t).updateTable('gatherings').set({ followUpOfId: gathering.id }).where('id', '=', next.id).execute();
      });
      return { readers: { convener, participant }, variables: { slug: gathering.slug } };
    },
    lengths: ({ gathering }) => [gathering.convenedBy.length, gathering.followedUpBy.length],
  }),
  {
    name: "myGatherings(past): each one's follow-ups, what it follows, and the viewer's check-in",
    query: `query { myGatherings(past: true) {
      id title convenedBy { name } followsUp { title } followedUpBy { title }
      viewerRegistration { status checkIn { method } representingNetworks { name } } } }`,
    async build(t, n) {
      const viewer = await t.newPerson();
      const convener = await t.newPerson();
      const network = await t.newNetwork(convener);
      let previous: TestGathering | null = null;
      await times(n, async () => {
        const gathering = await t.build.gathering(convener, { ...PAST, networkIds: [network.id] });
        if (previous) await db(t).updateTable('gatherings').set({ followUpOfId: previous.id }).where('id', '=', gathering.id).execute();
        await t.build.registration(viewer, gathering, RegistrationStatus.ATTENDED);
        previous = gathering;
      });
      return { viewer };
    },
    lengths: ({ myGatherings }) => [
      myGatherings.filter((g: { viewerRegistration: { checkIn: unknown } }) => g.viewerRegistration.checkIn).length,
    ],
  },
  {
    name: 'gatheringRegistrations: with check-ins',
    query: `query($id: UUID!) { gatheringRegistrations(gatheringId: $id) { id personName status checkIn { method checkedInAt } } }`,
    async build(t, n) {
      const convener = await t.newPerson();
      const gathering = await t.build.gathering(convener);
      await times(n, async () => t.build.registration(await t.newPerson(), gathering, RegistrationStatus.ATTENDED));
      return { viewer: convener, variables: { id: gathering.id } };
    },
    lengths: ({ gatheringRegistrations }) => [gatheringRegistrations.filter((r: { checkIn: unknown }) => r.checkIn).length],
  },
  {
    name: 'auditEvents: what each act was done to and whom it names, by name',
    query: `query($first: Int!) { auditEvents(first: $first) { edges { node { subjectName mentions { key name } actor { displayName } } } } }`,
    async build(t, n) {
      const [admin, convener] = [await t.newAdmin(), await t.newPerson()];
      const gathering = await t.build.gathering(convener);
      await times(n, async () => {
        const person = await t.newPerson();
        const network = await t.newNetwork(person);
        await db(t)
          .insertInto('auditEvents')
          .values({
            actorId: convener.id,
            action: 'role_ended',
            subjectType: 'network',
            subjectId: network.id,
            detail: JSON.stringify({ role: 'convener', personId: person.id, gatheringId: gathering.id, networkId: network.id }),
          })
          .execute();
      });
      // The newest n: the ones just written.
      return { viewer: admin, variables: { first: n } };
    },
    lengths: ({ auditEvents }) => [
      auditEvents.edges.filter((e: { node: { subjectName: string | null } }) => e.node.subjectName).length,
      // Each names its person, gathering and network.
      auditEvents.edges.filter((e: { node: { mentions: unknown[] } }) => e.node.mentions.length === 3).length,
    ],
  },
  ...readBy(['facilitator', 'convener', 'signed out'], {
    name: 'network: its people, member networks and coalitions',
    query: `query($slug: String!) { network(slug: $slug) {
      id people { role person { displayName } } memberNetworks { member { name } } coalitions { network { name } depth }
      handshakes { member { name } } pendingInvitations { email } } }`,
    async build(t, n) {
      const facilitator = await t.newPerson();
      const network = await t.newNetwork(facilitator);
      const conveners = await times(n - 1, async () => {
        const person = await t.newPerson();
        await db(t)
          .insertInto('roleAssignments')
          .values({ personId: person.id, scopeType: 'network', scopeId: network.id, role: 'convener' })
          .execute();
        return person;
      });
      await times(n, async () => {
        await t.build.tie(await t.newNetwork(await t.newPerson()), network);
        await t.build.tie(network, await t.newNetwork(await t.newPerson(), { kind: 'COALITION' }));
      });
      return { readers: { facilitator, convener: conveners[0] }, variables: { slug: network.slug } };
    },
    lengths: ({ network }) => [network.people.length, network.memberNetworks.length, network.coalitions.length],
  }),
  {
    name: 'notifications: about ties, with the tie as it is now and who acted',
    query: `query($first: Int) { notifications(first: $first) {
      totalCount edges { node { id kind actor { displayName } facts { title networkName otherNetworkName }
        tie { id status member { name } parent { name } } } } } }`,
    async build(t, n) {
      const viewer = await t.newPerson();
      const network = await t.newNetwork(viewer);
      await times(n, async (i) => {
        const other = await t.newPerson();
        const tie = await t.build.tie(await t.newNetwork(other), network);
        await db(t)
          .insertInto('notifications')
          .values({
            recipientId: viewer.id,
            actorId: other.id,
            kind: 'tie_proposed',
            subjectType: 'tie',
            subjectId: tie.id,
            eventKey: `tie:${tie.id}:${i}`,
          })
          .execute();
      });
      return { viewer, variables: { first: n } };
    },
    lengths: ({ notifications }) => [notifications.edges.filter((e: { node: { tie: unknown } }) => e.node.tie).length],
  },
  {
    name: 'conversations: where each is (gathering, session, network), who started it, the viewer’s place in it',
    query: `query($first: Int) { conversations(first: $first) { totalCount edges { node {
      id title kind postCount lastSeq unreadCount viewerFollows viewerModerates viewerLastReadSeq
      gathering { name slug } session { name } network { name slug } startedBy { displayName } } } } }`,
    async build(t, n) {
      const viewer = await t.newPerson();
      const network = await t.newNetwork(viewer);
      const gathering = await t.build.gathering(viewer);
      const { id: sessionId } = await t.build.session(viewer, gathering);
      const places = [{ gatheringId: gathering.id }, { sessionId }, { networkId: network.id }];
      await times(n, (i) => start(viewer, { title: `Thread ${i}`, ...places[i % 3] }));
      return { viewer, variables: { first: n } };
    },
    lengths: ({ conversations }) => [conversations.edges.filter((e: { node: { startedBy: unknown } }) => e.node.startedBy).length],
  },
  {
    name: 'postHistory: a post’s earlier words',
    query: `query($id: UUID!) { postHistory(postId: $id) { body writtenAt editedAt } }`,
    async build(t, n) {
      const viewer = await t.newPerson();
      const gathering = await t.build.gathering(viewer);
      const { id: conversationId } = await start(viewer, { gatheringId: gathering.id, title: 'Edited' });
      const post = await db(t).selectFrom('posts').select('id').where('conversationId', '=', conversationId).executeTakeFirstOrThrow();
      await db(t)
        .insertInto('postEdits')
        .values(
          Array.from({ length: n }, (_, i) => ({
            postId: post.id,
            body: `Draft ${i}`,
            writtenAt: new Date(Date.now() - (n - i) * 60_000),
          })),
        )
        .execute();
      return { viewer, variables: { id: post.id } };
    },
    lengths: ({ postHistory }) => [postHistory.length],
  },
  {
    name: 'suggestSchedule: sessions not yet on the wall',
    query: `query($id: UUID!) { suggestSchedule(gatheringId: $id) { placements { sessionId slotId spaceId } unplaced { sessionId reason } } }`,
    async build(t, n) {
      const convener = await t.newPerson();
      const gathering = await t.build.gathering(convener);
      await db(t).insertInto('spaces').values({ gatheringId: gathering.id, name: 'Garden', capacity: 20 }).execute();
      await db(t)
        .insertInto('timeSlots')
        .values({ gatheringId: gathering.id, startsAt: new Date('2027-09-01T10:00:00Z'), endsAt: new Date('2027-09-01T11:00:00Z') })
        .execute();
      await times(n, async () => t.build.session(await t.newPerson(), gathering));
      return { viewer: convener, variables: { id: gathering.id } };
    },
    lengths: ({ suggestSchedule: s }) => [s.placements.length + s.unplaced.length],
  },
  {
    name: 'networkReciprocity: the networks whose asks it met and that met its asks',
    query: `query($id: UUID!) { networkReciprocity(networkId: $id) { metForCount metByCount metFor { count network { name } } metBy { count network { name } } } }`,
    async build(t, n) {
      const viewer = await t.newPerson();
      const network = await t.newNetwork(viewer);
      const ask = (of: string, metBy: string) => ({
        side: 'ask',
        kind: 'other',
        status: 'met',
        title: 'Chairs',
        networkId: of,
        metByNetworkId: metBy,
        postedById: viewer.id,
        endsOn: new Date('2027-12-01'),
      });
      await times(n, async () => {
        const other = await t.newNetwork(await t.newPerson());
        await db(t)
          .insertInto('asksOffers')
          .values([ask(network.id, other.id), ask(other.id, network.id)])
          .execute();
      });
      return { viewer, variables: { id: network.id } };
    },
    lengths: ({ networkReciprocity: r }) => [r.metFor.length, r.metBy.length],
  },
  {
    name: 'feedbackForm: the conveners’ own questions',
    query: `query($id: UUID!) { feedbackForm(gatheringId: $id) { gatheringTitle questions { id prompt kind } } }`,
    async build(t, n) {
      const convener = await t.newPerson();
      const gathering = await t.build.gathering(convener);
      await db(t).insertInto('feedbackForms').values({ gatheringId: gathering.id }).execute();
      await db(t)
        .insertInto('feedbackQuestions')
        .values(Array.from({ length: n }, (_, i) => ({ gatheringId: gathering.id, kind: 'text', position: i, prompt: `Question ${i}` })))
        .execute();
      return { viewer: convener, variables: { id: gathering.id } };
    },
    lengths: ({ feedbackForm }) => [feedbackForm.questions.length],
  },
];
