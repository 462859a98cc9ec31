import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { GatheringStatus, RegistrationStatus } from '../../gatherings/gathering.enums.js';

const SAY = `mutation($input: SayWeMetInput!) { sayWeMet(input: $input) {
  id status closeness awaitsYou person { id displayName } gathering { title } yourNetworks { name } theirNetworks { name } theirMembersOnlyNetworkCount
} }`;
const CONFIRM = `mutation($input: ConnectionIdInput!) { confirmConnection(input: $input) { id status awaitsYou } }`;
const CLOSENESS = `mutation($input: SetClosenessInput!) { setConnectionCloseness(input: $input) { id closeness } }`;
const REMOVE = `mutation($input: ConnectionIdInput!) { removeConnection(input: $input) }`;
const PROPOSALS = `query { connectionProposals { id status awaitsYou person { displayName } gathering { title } } }`;
const MET = `query($first: Int, $after: String) { peopleMet(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id closeness person { id displayName } gathering { title } yourNetworks { name } theirNetworks { name }
    sharedGatherings { title } sharedConversations { title } confirmedAt } }
} }`;
const SUGGESTIONS = `query($id: UUID!) { metSuggestions(gatheringId: $id) { person { id displayName } sharedRooms connectionStatus } }`;

interface Met {
  peopleMet: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Record<string, unknown> & { id: string; person: { displayName: string } } }[];
  };
}
interface Proposals {
  connectionProposals: { id: string; status: string; awaitsYou: boolean; person: { displayName: string } }[];
}
interface Said {
  sayWeMet: { id: string; status: string; awaitsYou: boolean };
}

const PAST = new Date('2026-10-01T09:00:00Z');

describe('relationships: who met whom', () => {
  let t: TestApp;
  let convener: TestPerson;
  let gatheringId: string;
  let gatheringTitle: string;
  let n = 0;

  /** Someone with a place (or another status) at the past gathering. */
  const participant = async (status = RegistrationStatus.ATTENDED, at = gatheringId) => {
    const person = await t.newPerson({ displayName: `Participant ${++n}` });
    await t.build.registration(person, { id: at }, status);
    return person;
  };
  const notices = async (person: TestPerson) =>
    (await t.dataSource.query(`SELECT kind, actor_id, data FROM notifications WHERE recipient_id = $1 ORDER BY created_at`, [
      person.id,
    ])) as {
      kind: string;
      actor_id: string;
      data: Record<string, string>;
    }[];
  const say = (from: TestPerson, to: TestPerson, extra: Record<string, unknown> = {}) =>
    from.client.data<Said>(SAY, { input: { gatheringId, personId: to.id, ...extra } });

  beforeAll(async () => {
    t = await createTestApp();
    convener = await t.newPerson();
    const g = await t.build.gathering(convener, { title: 'Cynon Valley Open Space', startsAt: PAST, status: GatheringStatus.CLOSED });
    gatheringId = g.id;
    gatheringTitle = g.title;
  });
  afterAll(() => t.close());

  it('one says "we met", the other is told and confirms; until then nobody else sees anything', async () => {
    const [ann, bob, eve] = [await participant(), await participant(), await participant()];
    const network = await t.newNetwork(ann, { name: 'Aberdare Food Bank' });
    const hidden = await t.newNetwork(bob, { name: 'Quiet Circle', visibility: 'MEMBERS_ONLY' });
    await t.dataSource.query(`UPDATE registrations SET representing_network_ids = $1 WHERE person_id = $2`, [[network.id], ann.id]);
    await t.dataSource.query(`UPDATE registrations SET representing_network_ids = $1 WHERE person_id = $2`, [[hidden.id], bob.id]);

    const { sayWeMet } = await ann.client.data<{ sayWeMet: Record<string, unknown> & { id: string } }>(SAY, {
      input: { gatheringId, personId: bob.id },
    });
    expect(sayWeMet).toMatchObject({
      status: 'PROPOSED',
      closeness: 'MET_ONCE',
      awaitsYou: false,
      person: { id: bob.id },
      gathering: { title: gatheringTitle },
      yourNetworks: [{ name: 'Aberdare Food Bank' }],
      theirNetworks: [],
      theirMembersOnlyNetworkCount: 1,
    });
    expect(await notices(bob)).toEqual([
      { kind: 'connection_proposed', actor_id: ann.id, data: { title: gatheringTitle, path: '/people/met' } },
    ]);

    // The two see it; nobody else sees anything, by list or by id.
    expect((await bob.client.data<Proposals>(PROPOSALS)).connectionProposals).toMatchObject([{ id: sayWeMet.id, awaitsYou: true }]);
    expect((await ann.client.data<Proposals>(PROPOSALS)).connectionProposals).toMatchObject([{ id: sayWeMet.id, awaitsYou: false }]);
    expect((await eve.client.data<Proposals>(PROPOSALS)).connectionProposals).toEqual([]);
    for (const [query, input] of [
      [CONFIRM, { connectionId: sayWeMet.id }],
      [REMOVE, { connectionId: sayWeMet.id }],
      [CLOSENESS, { connectionId: sayWeMet.id, closeness: 'CLOSE' }],
    ] as const) {
      const error = await eve.client.error(query, { input });
      expect(error).toMatchObject({ code: 'NOT_FOUND', extensions: { reason: 'ConnectionNotFound' } });
      expect(JSON.stringify(error)).not.toContain(ann.displayName);
    }
    // Not yet in "people you met", not even for the two.
    expect((await ann.client.data<Met>(MET)).peopleMet.totalCount).toBe(0);
    expect((await bob.client.data<Met>(MET)).peopleMet.totalCount).toBe(0);
    // The proposer cannot confirm for the other.
    expect(await ann.client.error(CONFIRM, { input: { connectionId: sayWeMet.id } })).toMatchObject({
      code: 'CONFLICT',
      extensions: { reason: 'WaitingForTheOther' },
    });

    expect((await bob.client.data(CONFIRM, { input: { connectionId: sayWeMet.id } })).confirmConnection).toMatchObject({
      status: 'CONFIRMED',
      awaitsYou: false,
    });
    expect(await notices(ann)).toEqual([
      { kind: 'connection_confirmed', actor_id: bob.id, data: { title: gatheringTitle, path: '/people/met' } },
    ]);
    const annMet = (await ann.client.data<Met>(MET)).peopleMet;
    expect(annMet.totalCount).toBe(1);
    expect(annMet.edges[0].node).toMatchObject({
      person: { id: bob.id, displayName: bob.displayName },
      gathering: { title: gatheringTitle },
      yourNetworks: [{ name: 'Aberdare Food Bank' }],
      theirNetworks: [],
      sharedGatherings: [{ title: gatheringTitle }],
    });
    expect((await bob.client.data<Met>(MET)).peopleMet.edges[0].node).toMatchObject({
      person: { id: ann.id },
      theirNetworks: [{ name: 'Aberdare Food Bank' }],
      yourNetworks: [{ name: 'Quiet Circle' }],
    });
    expect((await eve.client.data<Met>(MET)).peopleMet.totalCount).toBe(0);
    // Confirming again changes nothing and tells nobody again.
    await bob.client.data(CONFIRM, { input: { connectionId: sayWeMet.id } });
    expect(await notices(ann)).toHaveLength(1);
  });

  it('saying "we met" to someone who already said it to you confirms it; saying it twice is one proposal', async () => {
    const [cai, dee] = [await participant(), await participant()];
    const first = (await say(cai, dee)).sayWeMet;
    expect((await say(cai, dee)).sayWeMet).toMatchObject({ id: first.id, status: 'PROPOSED' });
    expect((await say(dee, cai)).sayWeMet).toMatchObject({ id: first.id, status: 'CONFIRMED' });
    expect((await say(cai, dee)).sayWeMet).toMatchObject({ id: first.id, status: 'CONFIRMED' });
    expect(await notices(dee)).toHaveLength(1);
    expect((await notices(cai)).map((x) => x.kind)).toEqual(['connection_confirmed']);
    const rows = await t.dataSource.query(`SELECT status FROM connections WHERE $1 IN (first_person_id, second_person_id)`, [cai.id]);
    expect(rows).toEqual([{ status: 'confirmed' }]);
  });

  it('either can change how close they are, and either can remove it for both', async () => {
    const [fay, gwen] = [await participant(), await participant()];
    const { id } = (await say(fay, gwen, { closeness: 'WORKING_TOGETHER' })).sayWeMet;
    await gwen.client.data(CONFIRM, { input: { connectionId: id } });
    expect((await gwen.client.data(CLOSENESS, { input: { connectionId: id, closeness: 'CLOSE' } })).setConnectionCloseness).toEqual({
      id,
      closeness: 'CLOSE',
    });
    expect((await fay.client.data<Met>(MET)).peopleMet.edges[0].node.closeness).toBe('CLOSE');
    expect((await fay.client.error(CLOSENESS, { input: { connectionId: id, closeness: 'BEST_FRIENDS' } })).code).toBe('BAD_USER_INPUT');

    expect(await gwen.client.data(REMOVE, { input: { connectionId: id } })).toEqual({ removeConnection: id });
    expect((await fay.client.data<Met>(MET)).peopleMet.totalCount).toBe(0);
    expect((await fay.client.error(CONFIRM, { input: { connectionId: id } })).code).toBe('NOT_FOUND');
  });

  it('a proposal withdrawn and made again does not tell the other person twice', async () => {
    const [hal, ivy] = [await participant(), await participant()];
    const { id } = (await say(hal, ivy)).sayWeMet;
    await hal.client.data(REMOVE, { input: { connectionId: id } });
    expect((await ivy.client.data<Proposals>(PROPOSALS)).connectionProposals).toEqual([]);
    await say(hal, ivy);
    expect(await notices(ivy)).toHaveLength(1);
  });

  it('refuses yourself, people without a place, gatherings you did not take part in, not yet started, drafts, and garbage', async () => {
    const jo = await participant();
    const waiting = await participant(RegistrationStatus.WAITLISTED);
    const outsider = await t.newPerson();
    const error = (who: TestPerson, input: Record<string, unknown>) => who.client.error(SAY, { input: { gatheringId, ...input } });

    expect(await error(jo, { personId: jo.id })).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { reason: 'CannotMeetYourself' } });
    expect(await error(jo, { personId: waiting.id })).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { reason: 'OtherNotAtGathering' },
    });
    expect(await error(jo, { personId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      extensions: { reason: 'OtherNotAtGathering' },
    });
    expect(await error(outsider, { personId: jo.id })).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'NotAtThisGathering' } });
    expect(await error(waiting, { personId: jo.id })).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'NotAtThisGathering' } });

    const upcoming = await t.build.gathering(convener, { startsAt: new Date(Date.now() + 7 * 86400_000) });
    const [kim, lee] = [
      await participant(RegistrationStatus.REGISTERED, upcoming.id),
      await participant(RegistrationStatus.REGISTERED, upcoming.id),
    ];
    expect(await kim.client.error(SAY, { input: { gatheringId: upcoming.id, personId: lee.id } })).toMatchObject({
      code: 'CONFLICT',
      extensions: { reason: 'GatheringNotStarted' },
    });
    const draft = await t.build.gathering(convener, { startsAt: PAST, status: GatheringStatus.DRAFT });
    const [mo, ned] = [
      await participant(RegistrationStatus.REGISTERED, draft.id),
      await participant(RegistrationStatus.REGISTERED, draft.id),
    ];
    expect((await mo.client.error(SAY, { input: { gatheringId: draft.id, personId: ned.id } })).code).toBe('NOT_FOUND');

    expect((await error(jo, { personId: 'not-an-id' })).code).toBe('BAD_USER_INPUT');
    expect((await jo.client.error(SAY, { input: { gatheringId: 'nope', personId: jo.id } })).code).toBe('BAD_USER_INPUT');
    expect((await jo.client.error(CONFIRM, { input: { connectionId: '00000000-0000-4000-8000-000000000000' } })).code).toBe('NOT_FOUND');
    expect((await jo.client.error(MET, { after: 'made-up' })).extensions).toMatchObject({ reason: 'UnknownCursor' });
    expect(await t.dataSource.query(`SELECT 1 FROM connections WHERE $1 IN (first_person_id, second_person_id)`, [jo.id])).toEqual([]);
  });

  it('asks signed-out callers to sign in', async () => {
    const anonymous = t.client();
    expect((await anonymous.error(PROPOSALS)).code).toBe('UNAUTHENTICATED');
    expect((await anonymous.error(MET)).code).toBe('UNAUTHENTICATED');
    expect((await anonymous.error(SAY, { input: { gatheringId, personId: convener.id } })).code).toBe('UNAUTHENTICATED');
  });

  it('suggests the people you shared breakout rooms with, most rooms first, with your connection to each', async () => {
    const [pat, quin, rhys, sian] = [await participant(), await participant(), await participant(), await participant()];
    const waiting = await participant(RegistrationStatus.WAITLISTED);
    const [one, two, other] = [
      await t.build.session(pat, { id: gatheringId }),
      await t.build.session(quin, { id: gatheringId }),
      await t.build.session(sian, { id: gatheringId }),
    ];
    const came = async (session: { id: string }, people: TestPerson[]) => {
      for (const person of people)
        await t.dataSource.query(`INSERT INTO session_attendance (session_id, person_id) VALUES ($1, $2)`, [session.id, person.id]);
    };
    await came(one, [pat, quin, rhys, waiting]);
    await came(two, [pat, quin]);
    await came(other, [sian]);
    await say(pat, rhys);
    const { metSuggestions } = await pat.client.data<{ metSuggestions: unknown[] }>(SUGGESTIONS, { id: gatheringId });
    expect(metSuggestions).toEqual([
      { person: { id: quin.id, displayName: quin.displayName }, sharedRooms: 2, connectionStatus: null },
      { person: { id: rhys.id, displayName: rhys.displayName }, sharedRooms: 1, connectionStatus: 'PROPOSED' },
    ]);
    expect(await (await t.newPerson()).client.error(SUGGESTIONS, { id: gatheringId })).toMatchObject({
      extensions: { reason: 'NotAtThisGathering' },
    });
  });

  it('pages "people you met" by cursor, newest first, without repeats', async () => {
    const hub = await participant();
    const others = [await participant(), await participant(), await participant()];
    for (const other of others) {
      const { id } = (await say(hub, other)).sayWeMet;
      await other.client.data(CONFIRM, { input: { connectionId: id } });
    }
    const first = (await hub.client.data<Met>(MET, { first: 2 })).peopleMet;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = (await hub.client.data<Met>(MET, { first: 2, after: first.pageInfo.endCursor })).peopleMet;
    expect(second.pageInfo.hasNextPage).toBe(false);
    const names = [...first.edges, ...second.edges].map((e) => e.node.person.displayName);
    expect(names).toEqual(others.map((o) => o.displayName).reverse());
  });
});
