import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { INTRODUCE, MATCHES, MET, post, RECIPROCITY, valley, type Valley } from './asks-offers-fixture.js';

const CONVERSATION = 'query($id: UUID!) { conversation(id: $id) { id kind title } }';
const POSTS = 'query($id: UUID!) { posts(conversationId: $id, first: 10) { edges { node { body } } } }';
const ADD = 'mutation($input: AddPostInput!) { addPost(input: $input) { id } }';
const INVITE = 'mutation($input: ConversationIdInput!) { createConversationInvitation(input: $input) { code } }';
const CONVERSATIONS = 'query { conversations(first: 50) { edges { node { id } } } }';

interface Reciprocity {
  metForCount: number;
  metByCount: number;
  metFor: { count: number; network: { id: string } }[];
  metBy: { count: number; network: { id: string } }[];
}

describe('asks and offers: introductions, met asks and reciprocity', () => {
  let t: TestApp;
  let v: Valley;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    v = await valley(t);
  });

  const pair = async () => {
    const ask = await post(v.foodBankFacilitator, {
      side: 'ASK',
      title: 'Peanut butter for the food bank',
      themes: ['food'],
      networkId: v.foodBank.id,
    });
    const offer = await post(v.churchFacilitator, { title: 'Jars of peanut butter to give', themes: ['food'], networkId: v.church.id });
    return { ask, offer };
  };

  it('introduces an ask and an offer in a conversation only the people of both sides can read, once per pair', async () => {
    const { ask, offer } = await pair();
    const input = { askId: ask.id, offerId: offer.id, message: 'Carys, meet Fran: the food bank needs spreads.' };
    const outsider = await v.outsider.client.error(INTRODUCE, { input });
    expect(outsider).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'NotEitherSide' } });
    const swapped = await v.churchFacilitator.client.error(INTRODUCE, { input: { askId: offer.id, offerId: ask.id } });
    expect(swapped.extensions?.reason).toBe('NotAnAsk');
    const made = await v.churchFacilitator.client.data<{ introduceAskOffer: { conversationId: string; isNew: boolean } }>(INTRODUCE, {
      input,
    });
    expect(made.introduceAskOffer.isNew).toBe(true);
    const id = made.introduceAskOffer.conversationId;
    const again = await v.foodBankFacilitator.client.data<{ introduceAskOffer: { conversationId: string; isNew: boolean } }>(INTRODUCE, {
      input: { askId: ask.id, offerId: offer.id },
    });
    expect(again.introduceAskOffer).toEqual({ conversationId: id, isNew: false });

    // Both sides read and write in it, and the other side is told of its first post.
    const seen = await v.foodBankFacilitator.client.data<{ conversation: { kind: string } }>(CONVERSATION, { id });
    expect(seen.conversation.kind).toBe('INTRODUCTION');
    const posts = await v.foodBankFacilitator.client.data<{ posts: { edges: { node: { body: string } }[] } }>(POSTS, { id });
    expect(posts.posts.edges[0].node.body).toBe(input.message);
    await v.foodBankFacilitator.client.data(ADD, { input: { conversationId: id, body: 'Thank you! Tuesday morning?' } });
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1 AND event_key LIKE 'post:%'`,
      [v.foodBankFacilitator.id],
    );
    expect(count).toBeGreaterThan(0);

    // Outsiders, platform admins included, cannot read it, find it, post in it, or get a link to it.
    const admin = await t.newAdmin();
    for (const stranger of [v.outsider, v.trainer, v.transportFacilitator, admin]) {
      expect((await stranger.client.error(CONVERSATION, { id })).code).toBe('NOT_FOUND');
      expect((await stranger.client.error(POSTS, { id })).code).toBe('NOT_FOUND');
      expect((await stranger.client.error(ADD, { input: { conversationId: id, body: 'Hello?' } })).code).toBe('NOT_FOUND');
      const list = await stranger.client.data<{ conversations: { edges: { node: { id: string } }[] } }>(CONVERSATIONS);
      expect(list.conversations.edges.map((e) => e.node.id)).not.toContain(id);
    }
    expect((await t.client().error(CONVERSATION, { id })).code).toBe('UNAUTHENTICATED');
    const link = await v.foodBankFacilitator.client.error(INVITE, { input: { conversationId: id } });
    expect(link).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'PrivateIntroduction' } });

    // The match shows the introduction to the two sides only.
    const forSide = await v.foodBankFacilitator.client.data<{ askOfferMatches: { introductionConversationId: string | null }[] }>(MATCHES, {
      id: ask.id,
    });
    expect(forSide.askOfferMatches[0].introductionConversationId).toBe(id);
    const forOutsider = await v.outsider.client.data<{ askOfferMatches: { introductionConversationId: string | null }[] }>(MATCHES, {
      id: ask.id,
    });
    expect(forOutsider.askOfferMatches[0]?.introductionConversationId ?? null).toBeNull();
  });

  it('introduces a pair once when both sides press Introduce at the same moment, and marks an ask met once', async () => {
    const { ask, offer } = await pair();
    const input = { askId: ask.id, offerId: offer.id };
    const made = await Promise.all([
      v.foodBankFacilitator.client.data<{ introduceAskOffer: { conversationId: string } }>(INTRODUCE, { input }),
      v.churchFacilitator.client.data<{ introduceAskOffer: { conversationId: string } }>(INTRODUCE, { input }),
    ]);
    expect(new Set(made.map((m) => m.introduceAskOffer.conversationId)).size).toBe(1);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM ask_offer_introductions WHERE ask_id = $1`, [ask.id]);
    expect(count).toBe(1);
    const both = await Promise.all([
      v.foodBankFacilitator.client.request(MET, { input }),
      v.churchFacilitator.client.request(MET, { input }),
    ]);
    expect(both.filter((r) => !r.errors).length).toBe(1);
    expect(both.find((r) => r.errors)?.errors?.[0].extensions?.reason).toBe('AskOfferClosed');
  });

  it('lets either side mark the ask met by the offer, recording the network that met it, once', async () => {
    const { ask, offer } = await pair();
    const input = { askId: ask.id, offerId: offer.id };
    expect((await v.outsider.client.error(MET, { input })).extensions?.reason).toBe('NotEitherSide');
    const met = await v.churchFacilitator.client.data<{
      markAskMet: { status: string; metByOffer: { id: string }; metByNetwork: { id: string } };
    }>(MET, { input });
    expect(met.markAskMet).toMatchObject({ status: 'MET', metByOffer: { id: offer.id }, metByNetwork: { id: v.church.id } });
    expect((await v.foodBankFacilitator.client.error(MET, { input })).extensions?.reason).toBe('AskOfferClosed');
    // A met ask no longer matches, nor can it be introduced.
    expect((await v.foodBankFacilitator.client.error(INTRODUCE, { input })).extensions?.reason).toBe('AskOfferClosed');
  });

  it('counts asks met for a network and by it, across which networks; hidden networks are counted, not named', async () => {
    const { ask, offer } = await pair();
    await v.foodBankFacilitator.client.data(MET, { input: { askId: ask.id, offerId: offer.id } });
    const hidden = await t.newNetwork(v.transportFacilitator, { name: 'Quiet Drivers', visibility: 'MEMBERS_ONLY' });
    const hiddenOffer = await post(v.transportFacilitator, { title: 'Lifts to the food bank', networkId: hidden.id });
    const second = await post(v.foodBankFacilitator, { side: 'ASK', title: 'Lifts for parcels', networkId: v.foodBank.id });
    await v.transportFacilitator.client.data(MET, { input: { askId: second.id, offerId: hiddenOffer.id } });
    const byPerson = await post(v.trainer, { title: 'Some jars of jam' });
    const third = await post(v.foodBankFacilitator, { side: 'ASK', title: 'Jam', networkId: v.foodBank.id });
    await v.trainer.client.data(MET, { input: { askId: third.id, offerId: byPerson.id } });

    const food = await v.outsider.client.data<{ networkReciprocity: Reciprocity }>(RECIPROCITY, { id: v.foodBank.id });
    expect(food.networkReciprocity).toEqual({
      metForCount: 3,
      metByCount: 0,
      metFor: [{ count: 1, network: { id: v.church.id, name: v.church.name } }],
      metBy: [],
    });
    const church = await t.client().data<{ networkReciprocity: Reciprocity }>(RECIPROCITY, { id: v.church.id });
    expect(church.networkReciprocity).toMatchObject({
      metForCount: 0,
      metByCount: 1,
      metBy: [{ count: 1, network: { id: v.foodBank.id } }],
    });
    const insider = await v.transportFacilitator.client.data<{ networkReciprocity: Reciprocity }>(RECIPROCITY, { id: v.foodBank.id });
    expect(insider.networkReciprocity.metFor.map((p) => p.network.id).sort()).toEqual([v.church.id, hidden.id].sort());
    expect((await v.outsider.client.error(RECIPROCITY, { id: hidden.id })).code).toBe('NOT_FOUND');
  });
});
