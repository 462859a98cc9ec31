import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { CLOSE, LIST, ONE, post, POST, UPDATE, valley, type Valley } from './asks-offers-fixture.js';

interface Node {
  id: string;
  title: string;
  status: string;
  themes: string[];
  viewerMayEdit: boolean;
  postedBy: { id: string } | null;
  network: { id: string } | null;
  gathering: { id: string; title: string } | null;
}
type Page = { asksOffers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] } };

describe('asks and offers: posting, editing, closing, who sees them', () => {
  let t: TestApp;
  let v: Valley;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    v = await valley(t);
  });

  it('posts as a person or for a network its facilitators and conveners only, with themes as networks store them', async () => {
    const mine = await v.trainer.client.data<{ postAskOffer: Node }>(POST, {
      input: {
        side: 'OFFER',
        kind: 'SKILLS',
        title: 'Food hygiene training',
        themes: [' Training ', 'training', 'Health'],
        endsOn: '2027-05-01',
      },
    });
    expect(mine.postAskOffer).toMatchObject({ status: 'OPEN', themes: ['training', 'health'], network: null, viewerMayEdit: true });
    const forNetwork = await post(v.foodBankFacilitator, { side: 'ASK', title: 'Peanut butter', networkId: v.foodBank.id });
    expect((await v.foodBankFacilitator.client.data<{ askOffer: Node }>(ONE, { id: forNetwork.id })).askOffer.network?.id).toBe(
      v.foodBank.id,
    );
    const refused = await v.outsider.client.error(POST, {
      input: { side: 'ASK', kind: 'OTHER', title: 'Pretending to be the food bank', endsOn: '2027-05-01', networkId: v.foodBank.id },
    });
    expect(refused).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'NotNetworkFacilitator' } });
    const past = await v.outsider.client.error(POST, { input: { side: 'ASK', kind: 'OTHER', title: 'Too late', endsOn: '2020-01-01' } });
    expect(past).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { reason: 'EndsInPast' } });
    const garbage = await v.outsider.client.error(POST, { input: { side: 'ASK', kind: 'OTHER', title: 'x', endsOn: 'soon' } });
    expect(garbage.code).toBe('BAD_USER_INPUT');
    const signedOut = await t.client().error(POST, { input: { side: 'ASK', kind: 'OTHER', title: 'Anonymous', endsOn: '2027-05-01' } });
    expect(signedOut.code).toBe('UNAUTHENTICATED');
  });

  it('posts during a gathering only for the people taking part, and shows the gathering to them', async () => {
    const gathering = await t.build.gathering(v.foodBankFacilitator, { title: 'Cynon Valley Open Space' });
    await t.build.registration(v.churchFacilitator, gathering);
    const onWall = await post(v.churchFacilitator, { side: 'ASK', title: 'Volunteers for the soup run', gatheringId: gathering.id });
    const seen = await v.churchFacilitator.client.data<{ askOffer: Node }>(ONE, { id: onWall.id });
    expect(seen.askOffer.gathering).toEqual({ id: gathering.id, title: 'Cynon Valley Open Space' });
    expect((await v.outsider.client.data<{ askOffer: Node }>(ONE, { id: onWall.id })).askOffer.gathering).toBeNull();
    const refused = await v.outsider.client.error(POST, {
      input: { side: 'ASK', kind: 'OTHER', title: 'Gate-crashing', endsOn: '2027-05-01', gatheringId: gathering.id },
    });
    expect(refused.extensions?.reason).toBe('NotTakingPartInGathering');
    const wall = await v.churchFacilitator.client.data<Page>(LIST, { filter: { gatheringId: gathering.id } });
    expect(wall.asksOffers.edges.map((e) => e.node.id)).toEqual([onWall.id]);
  });

  it('lets only the poster or the network’s facilitators and conveners edit and close; closed ones stay in the history', async () => {
    const ask = await post(v.foodBankFacilitator, { side: 'ASK', title: 'Peanut butter', networkId: v.foodBank.id });
    const edit = {
      id: ask.id,
      kind: 'OTHER',
      title: 'Peanut butter and jam',
      description: '',
      themes: ['food'],
      area: 'Aberdare',
      endsOn: '2027-03-01',
    };
    const stranger = await v.outsider.client.error(UPDATE, { input: edit });
    expect(stranger).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'NotYourPost' } });
    const unknown = await v.outsider.client.error(UPDATE, { input: { ...edit, id: '0c8f3a52-6d3e-4b8e-9a61-2f1d5c7e9b10' } });
    expect(unknown.extensions?.reason).toBe('AskOfferNotFound');
    const edited = await v.foodBankFacilitator.client.data<{ updateAskOffer: Node }>(UPDATE, { input: edit });
    expect(edited.updateAskOffer).toMatchObject({ title: 'Peanut butter and jam', themes: ['food'] });
    expect((await v.outsider.client.error(CLOSE, { input: { id: ask.id, outcome: 'WITHDRAWN' } })).extensions?.reason).toBe('NotYourPost');
    const closed = await v.foodBankFacilitator.client.data<{ closeAskOffer: Node }>(CLOSE, { input: { id: ask.id, outcome: 'WITHDRAWN' } });
    expect(closed.closeAskOffer.status).toBe('WITHDRAWN');
    expect((await v.foodBankFacilitator.client.error(CLOSE, { input: { id: ask.id, outcome: 'MET' } })).extensions?.reason).toBe(
      'AskOfferClosed',
    );
    expect((await v.foodBankFacilitator.client.error(UPDATE, { input: edit })).extensions?.reason).toBe('AskOfferClosed');
    const history = await v.outsider.client.data<Page>(LIST, { filter: { networkId: v.foodBank.id, open: false } });
    expect(history.asksOffers.edges.map((e) => e.node)).toEqual([expect.objectContaining({ id: ask.id, status: 'WITHDRAWN' })]);
    const open = await v.outsider.client.data<Page>(LIST, { filter: { networkId: v.foodBank.id, open: true } });
    expect(open.asksOffers.totalCount).toBe(0);
  });

  it('reads an open post past its end date as expired', async () => {
    const offer = await post(v.trainer, { title: 'A room on Fridays' });
    await t.dataSource.query(`UPDATE asks_offers SET ends_on = current_date - 1 WHERE id = $1`, [offer.id]);
    expect((await v.outsider.client.data<{ askOffer: Node }>(ONE, { id: offer.id })).askOffer.status).toBe('EXPIRED');
  });

  it('shows people’s own posts to signed-in people only, and a members-only network’s to its people only', async () => {
    const hidden = await t.newNetwork(v.churchFacilitator, { name: 'Quiet Circle', visibility: 'MEMBERS_ONLY' });
    const secret = await post(v.churchFacilitator, { side: 'ASK', title: 'Quiet circle needs a room', networkId: hidden.id });
    const personal = await post(v.trainer, { title: 'My van on Saturdays' });
    const publicOne = await post(v.foodBankFacilitator, { side: 'ASK', title: 'Tins for the food bank', networkId: v.foodBank.id });
    const anonymous = t.client();
    expect((await anonymous.data<{ askOffer: Node | null }>(ONE, { id: personal.id })).askOffer).toBeNull();
    expect((await anonymous.data<{ askOffer: Node | null }>(ONE, { id: secret.id })).askOffer).toBeNull();
    const seenSignedOut = await anonymous.data<{ askOffer: Node }>(ONE, { id: publicOne.id });
    expect(seenSignedOut.askOffer).toMatchObject({ id: publicOne.id, postedBy: null, viewerMayEdit: false });
    expect((await v.outsider.client.data<{ askOffer: Node | null }>(ONE, { id: secret.id })).askOffer).toBeNull();
    expect((await v.outsider.client.data<{ askOffer: Node | null }>(ONE, { id: personal.id })).askOffer?.postedBy?.id).toBe(v.trainer.id);
    expect((await v.churchFacilitator.client.data<{ askOffer: Node | null }>(ONE, { id: secret.id })).askOffer?.id).toBe(secret.id);
    const searched = await v.outsider.client.data<Page>(LIST, { filter: { search: 'quiet circle room' } });
    expect(searched.asksOffers.edges.map((e) => e.node.id)).not.toContain(secret.id);
    const outsiderEdit = await v.outsider.client.error(CLOSE, { input: { id: secret.id, outcome: 'WITHDRAWN' } });
    expect(outsiderEdit.extensions?.reason).toBe('AskOfferNotFound');
  });

  it('browses with filters (side, kind, theme, area, mine, words) and cursor pages', async () => {
    const tag = `theme-${Date.now()}`;
    const made: string[] = [];
    for (let i = 0; i < 5; i++)
      made.push(
        (
          await post(v.trainer, {
            side: i % 2 ? 'ASK' : 'OFFER',
            kind: i < 3 ? 'SPACE' : 'TIME',
            title: `Hall ${i}`,
            themes: [tag],
            area: i === 4 ? 'Mountain Ash' : 'Aberdare',
          })
        ).id,
      );
    const list = (filter: object, first = 10, after?: string) =>
      v.outsider.client.data<Page>(LIST, { filter: { theme: tag, ...filter }, first, after });
    expect((await list({})).asksOffers.totalCount).toBe(5);
    expect((await list({ side: 'ASK' })).asksOffers.totalCount).toBe(2);
    expect((await list({ kinds: ['TIME'] })).asksOffers.totalCount).toBe(2);
    expect((await list({ area: 'mountain' })).asksOffers.edges.map((e) => e.node.id)).toEqual([made[4]]);
    expect((await list({ area: '%' })).asksOffers.totalCount).toBe(0);
    expect((await list({ mine: true })).asksOffers.totalCount).toBe(0);
    expect((await v.trainer.client.data<Page>(LIST, { filter: { theme: tag, mine: true } })).asksOffers.totalCount).toBe(5);
    expect((await list({ search: 'hall' })).asksOffers.totalCount).toBe(5);
    const first = await list({}, 2);
    expect(first.asksOffers.edges.map((e) => e.node.id)).toEqual([made[4], made[3]]);
    const second = await list({}, 2, first.asksOffers.pageInfo.endCursor!);
    const third = await list({}, 2, second.asksOffers.pageInfo.endCursor!);
    expect([...second.asksOffers.edges, ...third.asksOffers.edges].map((e) => e.node.id)).toEqual([made[2], made[1], made[0]]);
    expect(third.asksOffers.pageInfo.hasNextPage).toBe(false);
    const badCursor = await v.outsider.client.error(LIST, { filter: {}, after: 'garbage' });
    expect(badCursor.code).toBe('BAD_USER_INPUT');
  });
});
