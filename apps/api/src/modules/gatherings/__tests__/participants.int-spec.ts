import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { GatheringStatus, RegistrationStatus } from '../gathering.enums.js';
import { encodeCursor } from '../../../common/pagination/connection.model.js';

const PARTICIPANTS = `query($id: UUID!, $search: String, $first: Int, $after: String) {
  gatheringParticipants(gatheringId: $id, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { personId displayName networks { name } membersOnlyNetworkCount } }
  }
}`;

interface Page {
  gatheringParticipants: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { personId: string; displayName: string; networks: { name: string }[]; membersOnlyNetworkCount: number } }[];
  };
}

describe('gatheringParticipants: who else takes part, for those taking part', () => {
  let t: TestApp;
  let convener: TestPerson;
  let gatheringId: string;
  const people: Record<string, TestPerson> = {};

  beforeAll(async () => {
    t = await createTestApp();
    convener = await t.newPerson({ displayName: 'Convener Cara' });
    const g = await t.build.gathering(convener, { title: 'Valley Open Space', networkIds: [(await t.newNetwork(convener)).id] });
    gatheringId = g.id;
    const place: [string, RegistrationStatus][] = [
      ['Aled Jones', RegistrationStatus.REGISTERED],
      ['bethan 100% Price', RegistrationStatus.ATTENDED],
      ['Carys Evans', RegistrationStatus.REGISTERED],
      ['Dewi Morgan', RegistrationStatus.ATTENDED],
      ['Waiting Wyn', RegistrationStatus.WAITLISTED],
      ['Pending Pat', RegistrationStatus.PENDING_APPROVAL],
      ['Cancelled Cai', RegistrationStatus.CANCELLED],
    ];
    for (const [name, status] of place) {
      people[name] = await t.newPerson({ displayName: name });
      await t.build.registration(people[name], g, status);
    }
    const foodBank = await t.newNetwork(people['Aled Jones'], { name: 'Cynon Food Bank' });
    const secret = await t.newNetwork(people['Aled Jones'], { name: 'Quiet Circle', visibility: 'MEMBERS_ONLY' });
    await t.dataSource.query(`UPDATE registrations SET representing_network_ids = $1 WHERE person_id = $2`, [
      [foodBank.id, secret.id],
      people['Aled Jones'].id,
    ]);
  });
  afterAll(() => t.close());

  const names = (page: Page) => page.gatheringParticipants.edges.map((e) => e.node.displayName);

  it('shows a participant everyone with a place (registered or attended), by name (case aside), with the networks they came for', async () => {
    const page = await people['Carys Evans'].client.data<Page>(PARTICIPANTS, { id: gatheringId });
    // Waiting, pending and cancelled people are not taking part; conveners convene, they do not have a place.
    expect(names(page)).toEqual(['Aled Jones', 'bethan 100% Price', 'Carys Evans', 'Dewi Morgan']);
    expect(page.gatheringParticipants.totalCount).toBe(4);
    const aled = page.gatheringParticipants.edges.find((e) => e.node.displayName === 'Aled Jones')?.node;
    // A members-only network is counted, never named, to someone outside it.
    expect(aled).toMatchObject({ personId: people['Aled Jones'].id, networks: [{ name: 'Cynon Food Bank' }], membersOnlyNetworkCount: 1 });
  });

  it('is readable by the conveners', async () => {
    expect((await convener.client.data<Page>(PARTICIPANTS, { id: gatheringId })).gatheringParticipants.totalCount).toBe(4);
  });

  it('pages by cursor without repeating or skipping anyone', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const page: Page = await people['Dewi Morgan'].client.data<Page>(PARTICIPANTS, { id: gatheringId, first: 3, after });
      seen.push(...names(page));
      after = page.gatheringParticipants.pageInfo.endCursor;
      if (!page.gatheringParticipants.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual(['Aled Jones', 'bethan 100% Price', 'Carys Evans', 'Dewi Morgan']);
  });

  it('searches by part of a name, case-insensitively, with % and _ taken literally', async () => {
    const search = (s: string) => people['Aled Jones'].client.data<Page>(PARTICIPANTS, { id: gatheringId, search: s });
    expect(names(await search('EVAN'))).toEqual(['Carys Evans']);
    expect(names(await search('100%'))).toEqual(['bethan 100% Price']);
    expect(names(await search('%'))).toEqual(['bethan 100% Price']);
    expect((await search('_')).gatheringParticipants.totalCount).toBe(0);
    // Nobody without a place is found by name either.
    expect((await search('Waiting')).gatheringParticipants.totalCount).toBe(0);
  });

  it('refuses outsiders, the waiting list and pending people, naming nobody', async () => {
    for (const who of [await t.newPerson(), people['Waiting Wyn'], people['Pending Pat'], people['Cancelled Cai']]) {
      const error = await who.client.error(PARTICIPANTS, { id: gatheringId });
      expect(error).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'ParticipantsOnly' } });
      expect(JSON.stringify(error)).not.toMatch(/Aled|Carys|Dewi|bethan/);
    }
  });

  it('asks a signed-out caller to sign in', async () => {
    expect((await t.client().error(PARTICIPANTS, { id: gatheringId })).code).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for a draft the viewer may not see, and for an id that is no gathering', async () => {
    const draft = await t.build.gathering(convener, { status: GatheringStatus.DRAFT });
    const registered = await t.newPerson();
    await t.build.registration(registered, draft);
    expect((await (await t.newPerson()).client.error(PARTICIPANTS, { id: draft.id })).code).toBe('NOT_FOUND');
    expect((await registered.client.error(PARTICIPANTS, { id: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
  });

  it('refuses garbage: a made-up cursor, a bad id, a page too large, a search too long', async () => {
    const carys = people['Carys Evans'].client;
    expect(await carys.error(PARTICIPANTS, { id: gatheringId, after: 'bm90IGEgY3Vyc29y' })).toMatchObject({
      extensions: { reason: 'UnknownCursor' },
    });
    expect(await carys.error(PARTICIPANTS, { id: gatheringId, after: encodeCursor(['Aled', 'not-a-uuid']) })).toMatchObject({
      extensions: { reason: 'UnknownCursor' },
    });
    expect((await carys.error(PARTICIPANTS, { id: 'not-an-id' })).code).toBe('BAD_USER_INPUT');
    expect((await carys.error(PARTICIPANTS, { id: gatheringId, first: 1000 })).code).toBe('BAD_USER_INPUT');
    expect((await carys.error(PARTICIPANTS, { id: gatheringId, search: 'x'.repeat(101) })).code).toBe('BAD_USER_INPUT');
  });
});
